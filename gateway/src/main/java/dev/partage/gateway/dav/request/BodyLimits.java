package dev.partage.gateway.dav.request;

import dev.partage.dav.xml.DavException;
import dev.partage.dav.xml.SafeXmlReader;
import dev.partage.dav.xml.XmlElement;
import javax.xml.namespace.QName;

/** The size limits on request bodies, checked before anything reads them. */
public final class BodyLimits {

  /** The largest member accepted, also advertised as CALDAV: and CARDDAV:max-resource-size. */
  public static final int MAX_RESOURCE_SIZE = 10 * 1024 * 1024;

  /** No PROPFIND, PROPPATCH, REPORT or MKCALENDAR body a client sends comes near this. */
  public static final int MAX_XML_BODY = 1024 * 1024;

  private BodyLimits() {}

  /** The XML body parsed, or null when there is none. */
  public static XmlElement xml(byte[] body) {
    if (body != null && body.length > MAX_XML_BODY) {
      throw new DavException(
          413, null, "XML request bodies are limited to " + MAX_XML_BODY / 1024 + " KiB.");
    }
    return SafeXmlReader.parseOrNull(body);
  }

  /**
   * Refuses a member over the advertised size (RFC 4791 section 5.3.2.1, RFC 6352 section 6.3.2.1).
   *
   * @param condition the home's max-resource-size precondition
   * @param noun what the member is called, such as "A vCard"
   */
  public static void checkResource(byte[] body, QName condition, String noun) {
    if (body.length > MAX_RESOURCE_SIZE) {
      throw new DavException(
          413,
          condition,
          noun + " may hold at most " + MAX_RESOURCE_SIZE / (1024 * 1024) + " MiB.");
    }
  }
}
