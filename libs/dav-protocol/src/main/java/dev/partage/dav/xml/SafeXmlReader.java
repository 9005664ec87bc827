package dev.partage.dav.xml;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.namespace.QName;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads a request body into an {@link XmlElement} tree. Document type declarations are refused
 * outright: no DAV body needs one, and they carry entity expansion and external entity attacks
 * (OWASP XXE prevention).
 */
public final class SafeXmlReader {

  /**
   * Deeper nesting than any DAV body has; refusing it keeps recursive writers off the stack limit.
   */
  private static final int MAX_DEPTH = 64;

  private static final XMLInputFactory FACTORY = createFactory();

  private SafeXmlReader() {}

  public static XmlElement parse(String body) {
    return parse(body.getBytes(StandardCharsets.UTF_8));
  }

  /** The root element of {@code body}; malformed XML or a DOCTYPE is a 400. */
  public static XmlElement parse(byte[] body) {
    XMLStreamReader reader = null;
    try {
      reader = FACTORY.createXMLStreamReader(new ByteArrayInputStream(body));
      return readDocument(reader);
    } catch (XMLStreamException e) {
      throw DavException.badRequest(
          "The request body is not well-formed XML" + where(e) + ": " + reason(e));
    } finally {
      close(reader);
    }
  }

  /** Like {@link #parse(byte[])}, but null for an empty or whitespace-only body. */
  public static XmlElement parseOrNull(byte[] body) {
    return isBlank(body) ? null : parse(body);
  }

  /** Like {@link #parse(String)}, but null for an empty or whitespace-only body. */
  public static XmlElement parseOrNull(String body) {
    return body == null || body.isBlank() ? null : parse(body);
  }

  private static boolean isBlank(byte[] body) {
    if (body == null) {
      return true;
    }
    for (byte b : body) {
      if (b != ' ' && b != '\t' && b != '\r' && b != '\n') {
        return false;
      }
    }
    return true;
  }

  private static XmlElement readDocument(XMLStreamReader reader) throws XMLStreamException {
    Deque<ElementBuilder> open = new ArrayDeque<>();
    XmlElement root = null;
    while (reader.hasNext()) {
      switch (reader.next()) {
        case XMLStreamConstants.DTD ->
            throw DavException.badRequest(
                "The request body contains a DOCTYPE declaration; DAV request bodies must not.");
        case XMLStreamConstants.ENTITY_REFERENCE ->
            throw DavException.badRequest(
                "The request body refers to an undeclared entity \""
                    + reader.getLocalName()
                    + "\".");
        case XMLStreamConstants.START_ELEMENT -> {
          if (open.size() == MAX_DEPTH) {
            throw DavException.badRequest(
                "The request body nests elements deeper than " + MAX_DEPTH + " levels.");
          }
          open.push(ElementBuilder.start(reader));
        }
        case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA -> {
          if (!open.isEmpty()) {
            open.peek().text.append(reader.getText());
          }
        }
        case XMLStreamConstants.END_ELEMENT -> {
          XmlElement done = open.pop().build();
          if (open.isEmpty()) {
            root = done;
          } else {
            open.peek().children.add(done);
          }
        }
        default -> {
          // Comments, processing instructions and whitespace outside the root carry no meaning.
        }
      }
    }
    if (root == null) {
      throw DavException.badRequest("The request body holds no XML element.");
    }
    return root;
  }

  private static XMLInputFactory createFactory() {
    // The JDK's own implementation, not whichever StAX provider a service's classpath brings:
    // the refusals below are tested against it.
    XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
    factory.setProperty(XMLInputFactory.IS_COALESCING, true);
    // Entity references are reported rather than replaced so that any left are refused above.
    factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
    return factory;
  }

  private static String where(XMLStreamException e) {
    if (e.getLocation() == null || e.getLocation().getLineNumber() < 0) {
      return "";
    }
    return " (line "
        + e.getLocation().getLineNumber()
        + ", column "
        + e.getLocation().getColumnNumber()
        + ")";
  }

  /** The parser's own explanation without the location prefix it repeats. */
  private static String reason(XMLStreamException e) {
    String message = e.getMessage() == null ? "unreadable input" : e.getMessage();
    int marker = message.indexOf("Message: ");
    return marker >= 0 ? message.substring(marker + "Message: ".length()) : message;
  }

  private static void close(XMLStreamReader reader) {
    if (reader == null) {
      return;
    }
    try {
      reader.close();
    } catch (XMLStreamException ignored) {
      // Reading from a byte array: closing frees nothing that could fail meaningfully.
    }
  }

  /** An element whose end tag has not been read yet. */
  private static final class ElementBuilder {
    private final QName name;
    private final Map<QName, String> attributes;
    private final List<XmlElement> children = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();

    private ElementBuilder(QName name, Map<QName, String> attributes) {
      this.name = name;
      this.attributes = attributes;
    }

    static ElementBuilder start(XMLStreamReader reader) {
      Map<QName, String> attributes = new LinkedHashMap<>();
      for (int i = 0; i < reader.getAttributeCount(); i++) {
        QName attribute = reader.getAttributeName(i);
        attributes.put(
            new QName(nullToEmpty(attribute.getNamespaceURI()), attribute.getLocalPart()),
            reader.getAttributeValue(i));
      }
      QName name = reader.getName();
      return new ElementBuilder(
          new QName(nullToEmpty(name.getNamespaceURI()), name.getLocalPart()), attributes);
    }

    XmlElement build() {
      // Whitespace between child elements is indentation, not content.
      String content = text.toString().isBlank() ? "" : text.toString();
      return new XmlElement(name, attributes, children, content);
    }

    private static String nullToEmpty(String namespace) {
      return namespace == null ? XMLConstants.NULL_NS_URI : namespace;
    }
  }
}
