package dev.partage.dav.request;

import dev.partage.dav.xml.DavException;
import dev.partage.dav.xml.DavNames;
import dev.partage.dav.xml.Namespaces;
import dev.partage.dav.xml.XmlElement;
import java.util.List;
import javax.xml.namespace.QName;

/** Checks shared by the request parsers. */
final class RequestBodies {

  private RequestBodies() {}

  /** Refuses a body whose root is not {@code expected}: the client sent the wrong document. */
  static void requireRoot(XmlElement body, QName expected, String method) {
    if (!body.name().equals(expected)) {
      throw DavException.badRequest(
          "The "
              + method
              + " body must be a "
              + display(expected)
              + " element, not "
              + display(body.name())
              + ".");
    }
  }

  /** The DAV:href values of a multiget report, as sent; a 400 when there are none. */
  static List<String> multigetHrefs(XmlElement body) {
    List<String> hrefs = body.children(DavNames.HREF).stream().map(XmlElement::text).toList();
    if (hrefs.isEmpty()) {
      throw DavException.badRequest(
          "A " + display(body.name()) + " must name at least one DAV:href.");
    }
    return hrefs;
  }

  /** A name as people read it in the RFCs, such as {@code DAV:propfind}. */
  static String display(QName name) {
    String local = name.getLocalPart();
    return switch (name.getNamespaceURI()) {
      case Namespaces.DAV -> "DAV:" + local;
      case Namespaces.CALDAV -> "CALDAV:" + local;
      case Namespaces.CARDDAV -> "CARDDAV:" + local;
      default -> "{" + name.getNamespaceURI() + "}" + local;
    };
  }
}
