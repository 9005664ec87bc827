package dev.partage.dav.xml;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.namespace.QName;

/**
 * One parsed XML element: a namespace-qualified name, its attributes, its child elements and its
 * character data. Mixed content keeps the text and the children but not their interleaving, which
 * no DAV body needs.
 *
 * @param text the element's own character data as read; {@link #text()} gives it trimmed
 */
public record XmlElement(
    QName name, Map<QName, String> attributes, List<XmlElement> children, String text) {

  public XmlElement {
    if (name == null) {
      throw new IllegalArgumentException("an XML element needs a name");
    }
    attributes =
        attributes == null
            ? Map.of()
            : Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
    children = children == null ? List.of() : List.copyOf(children);
    text = text == null ? "" : text;
  }

  /** An element with neither children nor text, such as {@code <d:collection/>}. */
  public static XmlElement empty(QName name) {
    return new XmlElement(name, Map.of(), List.of(), "");
  }

  /** An element holding the given children. */
  public static XmlElement of(QName name, XmlElement... children) {
    return new XmlElement(name, Map.of(), List.of(children), "");
  }

  /** An element holding the given children. */
  public static XmlElement of(QName name, List<XmlElement> children) {
    return new XmlElement(name, Map.of(), children, "");
  }

  /** An element holding only text. */
  public static XmlElement ofText(QName name, String text) {
    return new XmlElement(name, Map.of(), List.of(), text);
  }

  /** The first child named {@code childName}, or null when there is none. */
  public XmlElement child(QName childName) {
    for (XmlElement child : children) {
      if (child.name.equals(childName)) {
        return child;
      }
    }
    return null;
  }

  /** Every child named {@code childName}, in document order. */
  public List<XmlElement> children(QName childName) {
    List<XmlElement> matching = new ArrayList<>();
    for (XmlElement child : children) {
      if (child.name.equals(childName)) {
        matching.add(child);
      }
    }
    return matching;
  }

  /** True when a child named {@code childName} is present. */
  public boolean has(QName childName) {
    return child(childName) != null;
  }

  /**
   * The value of the attribute with this local name and no namespace, as DAV attributes such as
   * {@code name}, {@code start} and {@code negate-condition} are written; null when absent.
   */
  public String attribute(String localName) {
    return attributes.get(new QName(localName));
  }

  /** The element's character data without surrounding whitespace; "" when it has none. */
  @Override
  public String text() {
    return text.strip();
  }

  /** The character data exactly as read, for writing a stored property back verbatim. */
  public String rawText() {
    return text;
  }

  /**
   * This element as a standalone fragment that declares every namespace it uses, so that it can be
   * stored (a dead property) and written again inside any other document.
   */
  public String toXml() {
    StringBuilder out = new StringBuilder();
    XmlElementWriter.write(this, NamespaceScope.empty(), out);
    return out.toString();
  }
}
