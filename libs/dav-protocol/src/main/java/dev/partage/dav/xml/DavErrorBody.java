package dev.partage.dav.xml;

import java.util.ArrayList;
import java.util.List;

/** The DAV:error response body for a {@link DavException} (RFC 4918 section 16). */
public final class DavErrorBody {

  private static final String XML_DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";

  private DavErrorBody() {}

  /**
   * The condition element, holding a DAV:href when the exception names a resource (RFC 4791 section
   * 5.3.2.1 no-uid-conflict), then the human sentence in a Partage element that clients ignore and
   * people reading logs or traces do not.
   */
  public static String render(DavException exception) {
    List<XmlElement> children = new ArrayList<>(2);
    if (exception.condition() != null) {
      children.add(
          exception.href() == null
              ? XmlElement.empty(exception.condition())
              : XmlElement.of(
                  exception.condition(), XmlElement.ofText(DavNames.HREF, exception.href())));
    }
    String sentence = exception.getMessage() == null ? "" : exception.getMessage();
    children.add(XmlElement.ofText(DavNames.MESSAGE, sentence));
    return XML_DECLARATION + XmlElement.of(DavNames.ERROR, children).toXml();
  }
}
