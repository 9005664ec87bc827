package dev.partage.e2e.support;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/** Namespace-aware reading of the gateway's XML answers, with the namespaces tests name. */
public final class Xml {

  public static final String DAV = "DAV:";
  public static final String CALDAV = "urn:ietf:params:xml:ns:caldav";
  public static final String CARDDAV = "urn:ietf:params:xml:ns:carddav";
  public static final String CALSERVER = "http://calendarserver.org/ns/";
  public static final String APPLE_ICAL = "http://apple.com/ns/ical/";
  public static final String PARTAGE = "urn:partage:dav";

  private Xml() {}

  /** The document element of {@code body}; fails the test when the body is not well-formed XML. */
  public static Element parse(String body) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      // The answers come from the server under test: never let them reach the file system.
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      return factory
          .newDocumentBuilder()
          .parse(new InputSource(new StringReader(body)))
          .getDocumentElement();
    } catch (ParserConfigurationException | SAXException | IOException e) {
      throw new AssertionError("The answer is not well-formed XML: " + e.getMessage() + "\n" + body, e);
    }
  }

  public static List<Element> children(Element parent) {
    List<Element> children = new ArrayList<>();
    for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child instanceof Element element) {
        children.add(element);
      }
    }
    return children;
  }

  public static List<Element> children(Element parent, String namespace, String localName) {
    return children(parent).stream().filter(child -> is(child, namespace, localName)).toList();
  }

  public static Optional<Element> child(Element parent, String namespace, String localName) {
    return children(parent, namespace, localName).stream().findFirst();
  }

  public static Element only(Element parent, String namespace, String localName) {
    List<Element> found = children(parent, namespace, localName);
    if (found.size() != 1) {
      throw new AssertionError(
          "Expected one {" + namespace + "}" + localName + " in " + name(parent) + ", found "
              + found.size());
    }
    return found.getFirst();
  }

  public static boolean is(Element element, String namespace, String localName) {
    return namespace.equals(element.getNamespaceURI()) && localName.equals(element.getLocalName());
  }

  /** {@code {namespace}local}, the Clark notation used in test assertions. */
  public static String name(Element element) {
    return "{" + element.getNamespaceURI() + "}" + element.getLocalName();
  }

  public static String name(String namespace, String localName) {
    return "{" + namespace + "}" + localName;
  }

  public static String text(Element element) {
    return element.getTextContent().strip();
  }

  /**
   * The path of a DAV:href, decoded: hrefs compare decoded because a server may percent-encode
   * '@' or not (RFC 3986 section 3.3), and may send a full URL (RFC 4918 section 8.3).
   */
  public static String href(Element href) {
    String value = text(href);
    String path = value.startsWith("http") ? URI.create(value).getRawPath() : value;
    return URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
  }

  /** The decoded DAV:href children of a property such as DAV:principal-URL. */
  public static List<String> hrefs(Element property) {
    return children(property, DAV, "href").stream().map(Xml::href).toList();
  }
}
