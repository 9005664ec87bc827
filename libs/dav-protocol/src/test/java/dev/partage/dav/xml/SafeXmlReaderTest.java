package dev.partage.dav.xml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.partage.dav.Fixtures;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import javax.xml.namespace.QName;
import org.junit.jupiter.api.Test;

class SafeXmlReaderTest {

  @Test
  void readsDefaultNamespaceBodiesAsQualifiedNamesAndDropsIndentation() {
    XmlElement body = Fixtures.xml("requests/propfind-davx5-calendar-home.xml");

    assertThat(body.name()).isEqualTo(DavNames.PROPFIND);
    assertThat(body.children()).hasSize(1);
    XmlElement prop = body.child(DavNames.PROP);
    assertThat(prop.children())
        .extracting(XmlElement::name)
        .containsExactly(
            DavNames.CURRENT_USER_PRIVILEGE_SET,
            DavNames.DISPLAYNAME,
            DavNames.RESOURCETYPE,
            DavNames.SUPPORTED_CALENDAR_COMPONENT_SET,
            DavNames.CALENDAR_DESCRIPTION,
            DavNames.CALENDAR_COLOR,
            DavNames.GETCTAG,
            DavNames.SYNC_TOKEN);
    assertThat(prop.rawText()).isEmpty();
  }

  @Test
  void readsEntitiesAndCdataAsText() {
    XmlElement body = Fixtures.xml("requests/mkcalendar-rfc4791.xml");

    XmlElement timezone =
        body.child(DavNames.SET).child(DavNames.PROP).child(DavNames.CALENDAR_TIMEZONE);
    assertThat(timezone.rawText()).startsWith("BEGIN:VCALENDAR\n").endsWith("END:VCALENDAR\n");
    assertThat(
            Fixtures.xml("requests/proppatch-rfc4918.xml")
                .children()
                .get(2)
                .child(DavNames.PROP)
                .child(DavNames.DISPLAYNAME)
                .text())
        .isEqualTo("Travaux & congés");
  }

  @Test
  void keepsAttributesWithTheirNamespace() {
    XmlElement body = Fixtures.xml("requests/mkcalendar-rfc4791.xml");

    XmlElement description =
        body.child(DavNames.SET).child(DavNames.PROP).child(DavNames.CALENDAR_DESCRIPTION);
    assertThat(description.attributes())
        .isEqualTo(Map.of(new QName("http://www.w3.org/XML/1998/namespace", "lang"), "en"));
    assertThat(description.attribute("lang")).isNull();
  }

  @Test
  void refusesAnExternalEntity() {
    DavException refused =
        catchThrowableOfType(
            DavException.class,
            () -> SafeXmlReader.parse(Fixtures.bytes("requests/xxe-external-entity.xml")));

    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.getMessage()).contains("DOCTYPE");
  }

  @Test
  void refusesAnEntityExpansionBomb() {
    DavException refused =
        catchThrowableOfType(
            DavException.class,
            () -> SafeXmlReader.parse(Fixtures.bytes("requests/doctype-billion-laughs.xml")));

    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.getMessage()).contains("DOCTYPE");
  }

  @Test
  void refusesAnUndeclaredEntityWithoutADoctype() {
    DavException refused =
        catchThrowableOfType(
            DavException.class,
            () -> SafeXmlReader.parse("<d:prop xmlns:d=\"DAV:\">&secret;</d:prop>"));

    assertThat(refused.status()).isEqualTo(400);
  }

  @Test
  void turnsMalformedXmlIntoABadRequestSayingWhere() {
    DavException refused =
        catchThrowableOfType(
            DavException.class,
            () -> SafeXmlReader.parse(Fixtures.bytes("requests/malformed-unclosed.xml")));

    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.condition()).isNull();
    assertThat(refused.getMessage()).startsWith("The request body is not well-formed XML (line 2");
  }

  @Test
  void refusesAnUnboundPrefix() {
    DavException refused =
        catchThrowableOfType(
            DavException.class, () -> SafeXmlReader.parse("<D:propfind><D:allprop/></D:propfind>"));

    assertThat(refused.status()).isEqualTo(400);
  }

  @Test
  void refusesNestingDeeperThanAnyDavBody() {
    String deep = "<a>".repeat(100) + "</a>".repeat(100);

    DavException refused =
        catchThrowableOfType(DavException.class, () -> SafeXmlReader.parse(deep));

    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.getMessage()).contains("deeper than");
  }

  @Test
  void readsTheEncodingTheDeclarationNames() {
    byte[] latin1 =
        "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><d:displayname xmlns:d=\"DAV:\">Équipe</d:displayname>"
            .getBytes(StandardCharsets.ISO_8859_1);

    assertThat(SafeXmlReader.parse(latin1).text()).isEqualTo("Équipe");
  }

  @Test
  void treatsAnEmptyBodyAsAbsent() {
    assertThat(SafeXmlReader.parseOrNull(new byte[0])).isNull();
    assertThat(SafeXmlReader.parseOrNull(" \r\n\t".getBytes(StandardCharsets.UTF_8))).isNull();
    assertThat(SafeXmlReader.parseOrNull((String) null)).isNull();
    assertThat(SafeXmlReader.parseOrNull("<d:propfind xmlns:d='DAV:'/>"))
        .isEqualTo(XmlElement.empty(DavNames.PROPFIND));
  }

  @Test
  void refusesABodyWithoutAnElement() {
    DavException refused =
        catchThrowableOfType(
            DavException.class, () -> SafeXmlReader.parse("<?xml version=\"1.0\"?>"));

    assertThat(refused.status()).isEqualTo(400);
  }

  @Test
  void keepsDocumentOrderOfChildren() {
    XmlElement body = SafeXmlReader.parse("<a><b/><c/><b/></a>");

    assertThat(body.children())
        .extracting(XmlElement::name)
        .isEqualTo(List.of(new QName("b"), new QName("c"), new QName("b")));
  }
}
