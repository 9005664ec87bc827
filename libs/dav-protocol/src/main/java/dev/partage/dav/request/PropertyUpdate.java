package dev.partage.dav.request;

import dev.partage.dav.xml.XmlElement;
import javax.xml.namespace.QName;

/**
 * One property to set or remove in a PROPPATCH.
 *
 * @param value the whole property element as sent, kept to store a dead property verbatim
 */
public record PropertyUpdate(Operation op, QName name, XmlElement value) {

  public enum Operation {
    SET,
    REMOVE
  }
}
