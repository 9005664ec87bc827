package dev.partage.dav.request;

import dev.partage.dav.xml.DavException;
import dev.partage.dav.xml.DavNames;
import dev.partage.dav.xml.XmlElement;
import java.util.ArrayList;
import java.util.List;

/** Reads an MKCALENDAR or extended MKCOL body: both are DAV:set of DAV:prop. */
public final class MkcolParser {

  private MkcolParser() {}

  /** The properties in {@code bodyOrNull}; a body is optional for both methods. */
  public static MkcolRequest parse(XmlElement bodyOrNull) {
    if (bodyOrNull == null) {
      return new MkcolRequest(List.of());
    }
    if (!bodyOrNull.name().equals(DavNames.MKCALENDAR)
        && !bodyOrNull.name().equals(DavNames.MKCOL)) {
      throw DavException.badRequest(
          "The body must be a CALDAV:mkcalendar (RFC 4791) or DAV:mkcol (RFC 5689) element, not "
              + RequestBodies.display(bodyOrNull.name())
              + ".");
    }
    List<XmlElement> properties = new ArrayList<>();
    for (XmlElement set : bodyOrNull.children(DavNames.SET)) {
      XmlElement prop = set.child(DavNames.PROP);
      if (prop == null) {
        throw DavException.badRequest("Each DAV:set must hold a DAV:prop element.");
      }
      properties.addAll(prop.children());
    }
    return new MkcolRequest(properties);
  }
}
