package dev.partage.dav.xml;

import java.util.HashMap;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.namespace.QName;

/**
 * The namespace prefixes declared so far at one point of a document being written. A name in a
 * namespace not yet declared gets a prefix (the conventional one for DAV namespaces, a generated
 * one otherwise) and its declaration is appended for the element being written.
 */
public final class NamespaceScope {

  private static final Map<String, String> CONVENTIONAL_PREFIXES =
      Map.of(
          Namespaces.DAV, "d",
          Namespaces.CALDAV, "cal",
          Namespaces.CARDDAV, "card",
          Namespaces.CALENDARSERVER, "cs",
          Namespaces.APPLE_ICAL, "ical",
          Namespaces.PARTAGE, "p");

  private final Map<String, String> prefixByNamespace;

  private NamespaceScope(Map<String, String> prefixByNamespace) {
    this.prefixByNamespace = prefixByNamespace;
  }

  /** A scope with nothing declared, as at the root of a standalone fragment. */
  public static NamespaceScope empty() {
    return new NamespaceScope(new HashMap<>());
  }

  /** A scope for the children of the current element: it sees what is declared here. */
  public NamespaceScope child() {
    return new NamespaceScope(new HashMap<>(prefixByNamespace));
  }

  /**
   * The name as written in markup ({@code prefix:local}, or just {@code local} for a name in no
   * namespace), declaring its namespace into {@code declarations} when this scope lacks it.
   */
  public String qualify(QName name, StringBuilder declarations) {
    String namespace = name.getNamespaceURI();
    if (namespace.isEmpty()) {
      return name.getLocalPart();
    }
    return declare(namespace, declarations) + ':' + name.getLocalPart();
  }

  /**
   * The prefix bound to {@code namespace}, binding one and appending its declaration to {@code
   * declarations} when this scope has none yet.
   */
  public String declare(String namespace, StringBuilder declarations) {
    // The xml prefix (xml:lang in calendar-description) is bound by definition and must not be
    // declared (Namespaces in XML 1.0, section 3).
    if (namespace.equals(XMLConstants.XML_NS_URI)) {
      return XMLConstants.XML_NS_PREFIX;
    }
    String prefix = prefixByNamespace.get(namespace);
    if (prefix == null) {
      prefix = CONVENTIONAL_PREFIXES.getOrDefault(namespace, generatedPrefix());
      prefixByNamespace.put(namespace, prefix);
      declarations
          .append(" xmlns:")
          .append(prefix)
          .append("=\"")
          .append(XmlEscaping.attribute(namespace))
          .append('"');
    }
    return prefix;
  }

  private String generatedPrefix() {
    int counter = 0;
    while (prefixByNamespace.containsValue("ns" + counter)) {
      counter++;
    }
    return "ns" + counter;
  }
}
