package dev.partage.dav.response;

import dev.partage.dav.xml.XmlElement;
import java.util.List;

/** The value of one property in a multistatus response. */
public sealed interface PropValue {

  /** Character data, escaped on output: display names, ETags, calendar-data. */
  record Text(String value) implements PropValue {
    public Text {
      value = value == null ? "" : value;
    }
  }

  /** One DAV:href per entry, as current-user-principal and calendar-home-set hold. */
  record Hrefs(List<String> hrefs) implements PropValue {
    public Hrefs {
      hrefs = List.copyOf(hrefs);
    }
  }

  /** Child elements, as resourcetype and supported-report-set hold. */
  record Elements(List<XmlElement> elements) implements PropValue {
    public Elements {
      elements = List.copyOf(elements);
    }
  }

  /**
   * A whole property element as {@link XmlElement#toXml()} stored it (a dead property), written
   * verbatim in place of the property element.
   */
  record RawXml(String xml) implements PropValue {}

  /** A property present without a value, and every name in a propname answer. */
  record Empty() implements PropValue {}

  static PropValue text(String value) {
    return new Text(value);
  }

  static PropValue href(String href) {
    return new Hrefs(List.of(href));
  }

  static PropValue hrefs(List<String> hrefs) {
    return new Hrefs(hrefs);
  }

  static PropValue empty() {
    return new Empty();
  }

  static PropValue elements(XmlElement... elements) {
    return new Elements(List.of(elements));
  }
}
