package dev.partage.dav.response;

import dev.partage.dav.xml.DavNames;
import dev.partage.dav.xml.NamespaceScope;
import dev.partage.dav.xml.Namespaces;
import dev.partage.dav.xml.XmlElement;
import dev.partage.dav.xml.XmlElementWriter;
import dev.partage.dav.xml.XmlEscaping;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javax.xml.namespace.QName;

/**
 * Writes a DAV:multistatus body (RFC 4918 section 13) response by response, straight into text. The
 * DAV, CalDAV, CardDAV, CalendarServer and Apple iCal prefixes are declared once on the root; other
 * namespaces are declared on the property element that uses them.
 */
public final class MultistatusWriter {

  private static final List<String> ROOT_NAMESPACES =
      List.of(
          Namespaces.DAV,
          Namespaces.CALDAV,
          Namespaces.CARDDAV,
          Namespaces.CALENDARSERVER,
          Namespaces.APPLE_ICAL);

  private final StringBuilder out = new StringBuilder(1024);
  private final NamespaceScope scope = NamespaceScope.empty();
  private final String dav;
  private boolean syncTokenWritten;
  private boolean finished;

  public MultistatusWriter() {
    StringBuilder declarations = new StringBuilder();
    for (String namespace : ROOT_NAMESPACES) {
      scope.declare(namespace, declarations);
    }
    dav = scope.declare(Namespaces.DAV, declarations);
    out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        .append('<')
        .append(scope.qualify(DavNames.MULTISTATUS, declarations))
        .append(declarations)
        .append('>');
  }

  /**
   * A response with its properties. With no propstat at all (a PROPFIND naming no property) an
   * empty 200 propstat is written, since RFC 4918 section 14.24 requires a propstat or a status.
   */
  public MultistatusWriter response(String href, List<Propstat> propstats) {
    startResponse(href);
    if (propstats.isEmpty()) {
      writePropstat(new Propstat(200, Map.of()));
    }
    for (Propstat propstat : propstats) {
      writePropstat(propstat);
    }
    return endTag(DavNames.RESPONSE);
  }

  /**
   * A response holding only a status: a multiget href that does not exist, or a member removed
   * since the client's sync-token (RFC 6578 section 3.5).
   */
  public MultistatusWriter responseStatus(String href, int status) {
    startResponse(href);
    writeStatus(status);
    return endTag(DavNames.RESPONSE);
  }

  /**
   * A response holding a status and the condition that explains it, such as the 507 with
   * DAV:number-of-matches-within-limits for a truncated sync (RFC 6578 section 3.6).
   */
  public MultistatusWriter responseStatus(String href, int status, QName condition) {
    startResponse(href);
    writeStatus(status);
    startTag(DavNames.ERROR);
    writeElement(XmlElement.empty(condition));
    return endTag(DavNames.ERROR).endTag(DavNames.RESPONSE);
  }

  /** The DAV:sync-token that follows the responses of a sync-collection (RFC 6578 section 6.4). */
  public MultistatusWriter syncToken(String token) {
    requireOpen();
    syncTokenWritten = true;
    startTag(DavNames.SYNC_TOKEN);
    out.append(XmlEscaping.text(token));
    return endTag(DavNames.SYNC_TOKEN);
  }

  /** Closes the root element and returns the whole document; the writer is done afterwards. */
  public String finish() {
    requireOpen();
    endTag(DavNames.MULTISTATUS);
    finished = true;
    return out.toString();
  }

  private void startResponse(String href) {
    requireOpen();
    if (syncTokenWritten) {
      throw new IllegalStateException("DAV:sync-token must follow every DAV:response");
    }
    startTag(DavNames.RESPONSE);
    writeHref(href);
  }

  private void writePropstat(Propstat propstat) {
    startTag(DavNames.PROPSTAT);
    startTag(DavNames.PROP);
    for (Map.Entry<QName, PropValue> property : propstat.properties().entrySet()) {
      writeProperty(property.getKey(), property.getValue());
    }
    endTag(DavNames.PROP);
    writeStatus(propstat.status());
    endTag(DavNames.PROPSTAT);
  }

  private void writeProperty(QName name, PropValue value) {
    switch (value) {
      case PropValue.RawXml raw -> out.append(raw.xml());
      case PropValue.Empty empty -> writePropertyElement(name, null);
      case PropValue.Text text ->
          writePropertyElement(name, inner -> out.append(XmlEscaping.text(text.value())));
      case PropValue.Hrefs hrefs ->
          writePropertyElement(name, inner -> hrefs.hrefs().forEach(this::writeHref));
      case PropValue.Elements elements ->
          writePropertyElement(
              name,
              inner -> elements.elements().forEach(e -> XmlElementWriter.write(e, inner, out)));
    }
  }

  /** The property element, empty when {@code content} is null; content sees its declarations. */
  private void writePropertyElement(QName name, Consumer<NamespaceScope> content) {
    NamespaceScope propertyScope = scope.child();
    StringBuilder declarations = new StringBuilder();
    String tag = propertyScope.qualify(name, declarations);
    out.append('<').append(tag).append(declarations);
    if (content == null) {
      out.append("/>");
      return;
    }
    out.append('>');
    content.accept(propertyScope);
    out.append("</").append(tag).append('>');
  }

  private void writeHref(String href) {
    startTag(DavNames.HREF);
    out.append(XmlEscaping.text(href));
    endTag(DavNames.HREF);
  }

  private void writeStatus(int status) {
    startTag(DavNames.STATUS);
    out.append(HttpStatusLine.of(status));
    endTag(DavNames.STATUS);
  }

  private void writeElement(XmlElement element) {
    XmlElementWriter.write(element, scope, out);
  }

  /** Only for DAV: names, whose prefix the root declares. */
  private void startTag(QName davName) {
    out.append('<').append(dav).append(':').append(davName.getLocalPart()).append('>');
  }

  private MultistatusWriter endTag(QName davName) {
    out.append("</").append(dav).append(':').append(davName.getLocalPart()).append('>');
    return this;
  }

  private void requireOpen() {
    if (finished) {
      throw new IllegalStateException("finish() was already called on this MultistatusWriter");
    }
  }
}
