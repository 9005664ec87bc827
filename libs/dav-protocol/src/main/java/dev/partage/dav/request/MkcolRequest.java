package dev.partage.dav.request;

import dev.partage.dav.xml.XmlElement;
import java.util.List;
import java.util.Optional;
import javax.xml.namespace.QName;

/**
 * The properties to set on a collection being created, from an MKCALENDAR (RFC 4791 section 5.3.1)
 * or an extended MKCOL (RFC 5689 section 3) body.
 */
public record MkcolRequest(List<XmlElement> properties) {

  public MkcolRequest {
    properties = List.copyOf(properties);
  }

  /** The property element named {@code name}, if the body sets it. */
  public Optional<XmlElement> property(QName name) {
    return properties.stream().filter(p -> p.name().equals(name)).findFirst();
  }
}
