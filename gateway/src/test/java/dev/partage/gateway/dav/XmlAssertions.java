package dev.partage.gateway.dav;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * Compares XML documents by meaning: element names by namespace and local name (prefixes do not
 * matter), attributes, child order and trimmed text; whitespace between elements is ignored.
 */
public final class XmlAssertions {

  private XmlAssertions() {}

  /** Asserts that {@code actual} says the same as the fixture at {@code resource}. */
  public static void assertSameXmlAs(String actual, String resource) {
    assertThat(canonical(actual)).isEqualTo(canonical(fixture(resource)));
  }

  public static String fixture(String resource) {
    try (InputStream in = XmlAssertions.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalArgumentException("no test fixture " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** One line per element, indented by depth: {ns}name [attributes] "text". */
  static String canonical(String xml) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      Element root =
          factory
              .newDocumentBuilder()
              .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)))
              .getDocumentElement();
      StringBuilder out = new StringBuilder();
      write(root, 0, out);
      return out.toString();
    } catch (Exception e) {
      throw new AssertionError("not well-formed XML: " + e.getMessage() + "\n" + xml, e);
    }
  }

  private static void write(Element element, int depth, StringBuilder out) {
    out.append("  ".repeat(depth))
        .append('{')
        .append(element.getNamespaceURI() == null ? "" : element.getNamespaceURI())
        .append('}')
        .append(element.getLocalName());
    Map<String, String> attributes = attributes(element);
    if (!attributes.isEmpty()) {
      out.append(' ').append(attributes);
    }
    StringBuilder text = new StringBuilder();
    List<Element> children = new ArrayList<>();
    for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child instanceof Element childElement) {
        children.add(childElement);
      } else if (child.getNodeType() == Node.TEXT_NODE
          || child.getNodeType() == Node.CDATA_SECTION_NODE) {
        text.append(child.getNodeValue());
      }
    }
    if (!text.toString().isBlank()) {
      out.append(" \"").append(text.toString().strip()).append('"');
    }
    out.append('\n');
    for (Element child : children) {
      write(child, depth + 1, out);
    }
  }

  private static Map<String, String> attributes(Element element) {
    Map<String, String> attributes = new TreeMap<>();
    NamedNodeMap all = element.getAttributes();
    for (int i = 0; i < all.getLength(); i++) {
      Node attribute = all.item(i);
      if ("http://www.w3.org/2000/xmlns/".equals(attribute.getNamespaceURI())) {
        continue;
      }
      String namespace = attribute.getNamespaceURI() == null ? "" : attribute.getNamespaceURI();
      attributes.put("{" + namespace + "}" + attribute.getLocalName(), attribute.getNodeValue());
    }
    return attributes;
  }
}
