package dev.partage.dav.request;

import dev.partage.dav.xml.XmlElement;
import java.util.List;
import javax.xml.namespace.QName;

/** The property names listed inside a DAV:prop or DAV:include element. */
final class PropNames {

  private PropNames() {}

  /** The names of the children of {@code list}, in request order; empty when it is null. */
  static List<QName> of(XmlElement list) {
    if (list == null) {
      return List.of();
    }
    return list.children().stream().map(XmlElement::name).distinct().toList();
  }
}
