package dev.partage.dav.xml;

import static org.assertj.core.api.Assertions.assertThat;

import dev.partage.dav.Fixtures;
import java.util.Map;
import javax.xml.namespace.QName;
import org.junit.jupiter.api.Test;

class XmlElementTest {

  private static final QName AUTHORS =
      new QName("http://ns.example.com/standards/z39.50/", "Authors");
  private static final QName AUTHOR =
      new QName("http://ns.example.com/standards/z39.50/", "Author");

  @Test
  void findsChildrenByQualifiedName() {
    XmlElement authors = deadProperty();

    assertThat(authors.has(AUTHOR)).isTrue();
    assertThat(authors.child(AUTHOR).text()).isEqualTo("Jim Whitehead");
    assertThat(authors.children(AUTHOR))
        .extracting(XmlElement::text)
        .containsExactly("Jim Whitehead", "Roy Fielding");
    assertThat(authors.child(new QName("DAV:", "Author"))).isNull();
    assertThat(authors.has(DavNames.HREF)).isFalse();
  }

  @Test
  void trimsTextButKeepsTheRawValue() {
    XmlElement name = XmlElement.ofText(DavNames.DISPLAYNAME, "  Work \n");

    assertThat(name.text()).isEqualTo("Work");
    assertThat(name.rawText()).isEqualTo("  Work \n");
    assertThat(XmlElement.empty(DavNames.DISPLAYNAME).text()).isEmpty();
  }

  @Test
  void serialisesADeadPropertyWithItsOwnNamespaceDeclarations() {
    assertThat(deadProperty().toXml())
        .isEqualTo(
            "<ns0:Authors xmlns:ns0=\"http://ns.example.com/standards/z39.50/\">"
                + "<ns0:Author>Jim Whitehead</ns0:Author>"
                + "<ns0:Author>Roy Fielding</ns0:Author>"
                + "</ns0:Authors>");
  }

  @Test
  void serialisesWellKnownNamespacesWithTheirConventionalPrefixAndKeepsAttributes() {
    XmlElement color =
        Fixtures.xml("requests/proppatch-apple-calendar-color.xml")
            .child(DavNames.SET)
            .child(DavNames.PROP)
            .child(DavNames.CALENDAR_COLOR);

    assertThat(color.toXml())
        .isEqualTo(
            "<ical:calendar-color xmlns:ical=\"http://apple.com/ns/ical/\""
                + " symbolic-color=\"custom\">#FF2968FF</ical:calendar-color>");
  }

  @Test
  void serialisationReadsBackToTheSameElement() {
    XmlElement tricky =
        new XmlElement(
            new QName("urn:x", "note"),
            Map.of(new QName("urn:y", "lang"), "a\"b<c&d\te"),
            java.util.List.of(
                XmlElement.ofText(new QName("urn:x", "line"), "1 < 2 & 3 > 2\r\nnext"),
                XmlElement.empty(new QName("", "plain")),
                XmlElement.empty(DavNames.COLLECTION)),
            "");

    assertThat(SafeXmlReader.parse(tricky.toXml())).isEqualTo(tricky);
  }

  @Test
  void everyRequestFixtureSurvivesASerialisationRoundTrip() {
    for (String fixture :
        new String[] {
          "requests/proppatch-rfc4918.xml",
          "requests/mkcalendar-rfc4791.xml",
          "requests/report-calendar-query-rfc4791-7.8.1.xml",
          "requests/propfind-davx5-calendar-home.xml"
        }) {
      XmlElement parsed = Fixtures.xml(fixture);
      assertThat(SafeXmlReader.parse(parsed.toXml())).as(fixture).isEqualTo(parsed);
    }
  }

  private static XmlElement deadProperty() {
    return Fixtures.xml("requests/proppatch-rfc4918.xml")
        .child(DavNames.SET)
        .child(DavNames.PROP)
        .child(AUTHORS);
  }
}
