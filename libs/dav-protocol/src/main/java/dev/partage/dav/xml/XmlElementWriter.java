package dev.partage.dav.xml;

import java.util.Map;
import javax.xml.namespace.QName;

/** Writes an {@link XmlElement} tree as markup, declaring namespaces where they are first used. */
public final class XmlElementWriter {

  private XmlElementWriter() {}

  /** Appends {@code element} to {@code out}; {@code scope} holds what the context declared. */
  public static void write(XmlElement element, NamespaceScope scope, StringBuilder out) {
    NamespaceScope local = scope.child();
    StringBuilder declarations = new StringBuilder();
    String tag = local.qualify(element.name(), declarations);
    StringBuilder attributes = new StringBuilder();
    for (Map.Entry<QName, String> attribute : element.attributes().entrySet()) {
      attributes
          .append(' ')
          .append(local.qualify(attribute.getKey(), declarations))
          .append("=\"")
          .append(XmlEscaping.attribute(attribute.getValue()))
          .append('"');
    }
    out.append('<').append(tag).append(declarations).append(attributes);
    String rawText = element.rawText();
    if (element.children().isEmpty() && rawText.isEmpty()) {
      out.append("/>");
      return;
    }
    out.append('>').append(XmlEscaping.text(rawText));
    for (XmlElement child : element.children()) {
      write(child, local, out);
    }
    out.append("</").append(tag).append('>');
  }
}
