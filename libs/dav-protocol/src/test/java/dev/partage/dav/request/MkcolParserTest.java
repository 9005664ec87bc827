package dev.partage.dav.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.partage.dav.Fixtures;
import dev.partage.dav.xml.DavException;
import dev.partage.dav.xml.DavNames;
import dev.partage.dav.xml.XmlElement;
import org.junit.jupiter.api.Test;

class MkcolParserTest {

  @Test
  void readsTheMkcalendarProperties() {
    MkcolRequest request = MkcolParser.parse(Fixtures.xml("requests/mkcalendar-rfc4791.xml"));

    assertThat(request.properties())
        .extracting(XmlElement::name)
        .containsExactly(
            DavNames.DISPLAYNAME,
            DavNames.CALENDAR_DESCRIPTION,
            DavNames.SUPPORTED_CALENDAR_COMPONENT_SET,
            DavNames.CALENDAR_TIMEZONE);
    assertThat(request.property(DavNames.DISPLAYNAME))
        .get()
        .extracting(XmlElement::text)
        .isEqualTo("Lisa's Events");
    assertThat(
            request
                .property(DavNames.SUPPORTED_CALENDAR_COMPONENT_SET)
                .orElseThrow()
                .child(DavNames.COMP)
                .attribute("name"))
        .isEqualTo("VEVENT");
    assertThat(request.property(DavNames.CALENDAR_COLOR)).isEmpty();
  }

  @Test
  void readsAnExtendedMkcol() {
    MkcolRequest request = MkcolParser.parse(Fixtures.xml("requests/mkcol-rfc5689.xml"));

    assertThat(request.property(DavNames.RESOURCETYPE).orElseThrow().has(DavNames.ADDRESSBOOK))
        .isTrue();
    assertThat(request.property(DavNames.DISPLAYNAME).orElseThrow().text())
        .isEqualTo("Special Resource");
  }

  @Test
  void noBodyMeansNoProperties() {
    assertThat(MkcolParser.parse(null).properties()).isEmpty();
  }

  @Test
  void refusesAnotherRootElement() {
    DavException refused =
        catchThrowableOfType(
            DavException.class,
            () -> MkcolParser.parse(Fixtures.xml("requests/propfind-rfc4918-propname.xml")));

    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.getMessage()).contains("not DAV:propfind");
  }
}
