package dev.partage.gateway.dav.property;

import static dev.partage.gateway.dav.XmlAssertions.assertSameXmlAs;
import static dev.partage.gateway.dav.property.PropertyFixtures.render;
import static org.assertj.core.api.Assertions.assertThat;

import dev.partage.contracts.collection.ObjectData;
import dev.partage.contracts.collection.ObjectMeta;
import dev.partage.dav.request.PropfindRequest;
import dev.partage.dav.xml.DavNames;
import dev.partage.gateway.dav.routing.HomeKind;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ObjectPropertiesTest {

  private static final String HREF = "/dav/calendars/ann@example.org/work/e1.ics";
  private static final ObjectData EVENT =
      new ObjectData(
          "e1.ics",
          "\"abc\"",
          "text/calendar; charset=utf-8; component=vevent",
          52,
          Instant.parse("2026-11-28T09:30:00Z"),
          "BEGIN:VCALENDAR\r\nX-NOTE:a<b&c\r\nEND:VCALENDAR\r\n");

  @Test
  void depthOneListsMetadataWithoutTheBody() {
    PropfindRequest w1 =
        new PropfindRequest.Props(
            List.of(
                DavNames.GETETAG,
                DavNames.GETCONTENTTYPE,
                DavNames.RESOURCETYPE,
                DavNames.GETCONTENTLENGTH,
                DavNames.GETLASTMODIFIED,
                DavNames.CALENDAR_DATA));
    assertSameXmlAs(render(ObjectProperties.of(HREF, EVENT.meta()), w1), "/dav/object-prop.xml");
  }

  @Test
  void reportsAddTheCalendarDataEscaped() {
    String xml =
        render(
            ObjectProperties.of(HREF, EVENT, HomeKind.CALENDARS),
            new PropfindRequest.Props(List.of(DavNames.GETETAG, DavNames.CALENDAR_DATA)));
    assertThat(xml).contains("X-NOTE:a&lt;b&amp;c");
  }

  @Test
  void aVcardsBodyIsAddressDataNotCalendarData() {
    ObjectData card =
        new ObjectData(
            "c.vcf",
            "\"c1\"",
            "text/vcard; charset=utf-8",
            40,
            null,
            "BEGIN:VCARD\r\nFN:A & B\r\nEND:VCARD\r\n");
    String xml =
        render(
            ObjectProperties.of(
                "/dav/addressbooks/ann@example.org/friends/c.vcf", card, HomeKind.ADDRESS_BOOKS),
            new PropfindRequest.Props(List.of(DavNames.ADDRESS_DATA, DavNames.CALENDAR_DATA)));
    assertThat(xml)
        .containsPattern("address-data>BEGIN:VCARD")
        .contains("FN:A &amp; B")
        .containsPattern("calendar-data/>")
        .contains("404");
  }

  @Test
  void anObjectWithoutStoredTypeIsServedAsCalendarText() {
    ObjectMeta untyped = new ObjectMeta("e.ics", "\"x\"", null, 1, null);
    String xml =
        render(
            ObjectProperties.of(HREF, untyped),
            new PropfindRequest.Props(List.of(DavNames.GETCONTENTTYPE, DavNames.GETLASTMODIFIED)));
    assertThat(xml).contains("text/calendar; charset=utf-8").contains("404");
  }
}
