package dev.partage.dav.response;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.partage.dav.Fixtures;
import dev.partage.dav.xml.DavNames;
import dev.partage.dav.xml.SafeXmlReader;
import dev.partage.dav.xml.XmlElement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.namespace.QName;
import org.junit.jupiter.api.Test;

class MultistatusWriterTest {

  private static final String CALENDAR_DATA =
      "BEGIN:VCALENDAR\r\nSUMMARY:R&D <review>\r\nEND:VCALENDAR\r\n";

  @Test
  void writesAPropfindAnswerMatchingTheGoldenFixture() {
    XmlElement color =
        new XmlElement(
            DavNames.CALENDAR_COLOR,
            Map.of(new QName("symbolic-color"), "custom"),
            List.of(),
            "#FF2968FF");
    Map<QName, PropValue> found = new LinkedHashMap<>();
    found.put(
        DavNames.RESOURCETYPE,
        PropValue.elements(
            XmlElement.empty(DavNames.COLLECTION), XmlElement.empty(DavNames.CALENDAR)));
    found.put(DavNames.DISPLAYNAME, PropValue.text("Travail & projets <2026>"));
    found.put(DavNames.OWNER, PropValue.href("/dav/principals/a%20b@x.org/"));
    found.put(DavNames.GETCTAG, PropValue.text("\"17\""));
    found.put(DavNames.CALENDAR_COLOR, new PropValue.RawXml(color.toXml()));
    found.put(new QName("urn:example:unknown", "tag"), PropValue.text("blue"));
    found.put(
        DavNames.SUPPORTED_CALENDAR_COMPONENT_SET,
        PropValue.elements(
            new XmlElement(DavNames.COMP, Map.of(new QName("name"), "VEVENT"), List.of(), "")));
    Map<QName, PropValue> missing = new LinkedHashMap<>();
    missing.put(DavNames.CALENDAR_TIMEZONE, PropValue.empty());
    missing.put(DavNames.QUOTA_USED_BYTES, PropValue.empty());

    String body =
        new MultistatusWriter()
            .response(
                "/dav/calendars/a%20b@x.org/work/",
                List.of(new Propstat(200, found), new Propstat(404, missing)))
            .finish();

    assertThat(SafeXmlReader.parse(body))
        .isEqualTo(Fixtures.xml("responses/multistatus-propfind-calendar.xml"));
  }

  @Test
  void declaresTheDavPrefixesOnceOnTheRootAndOthersWhereUsed() {
    String body =
        new MultistatusWriter()
            .response(
                "/a/",
                List.of(
                    new Propstat(
                        200, Map.of(new QName("urn:example:unknown", "tag"), PropValue.text("x")))))
            .finish();

    assertThat(body)
        .startsWith(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<d:multistatus xmlns:d=\"DAV:\""
                + " xmlns:cal=\"urn:ietf:params:xml:ns:caldav\""
                + " xmlns:card=\"urn:ietf:params:xml:ns:carddav\""
                + " xmlns:cs=\"http://calendarserver.org/ns/\""
                + " xmlns:ical=\"http://apple.com/ns/ical/\">")
        .contains("<ns0:tag xmlns:ns0=\"urn:example:unknown\">x</ns0:tag>")
        .containsOnlyOnce("xmlns:d=");
  }

  @Test
  void writesSyncResultsWithTombstonesTruncationAndToken() {
    String body =
        new MultistatusWriter()
            .response(
                "/dav/calendars/a%20b@x.org/work/e1.ics",
                PropstatBuilder.build(
                    List.of(DavNames.GETETAG, DavNames.CALENDAR_DATA),
                    Map.of(
                        DavNames.GETETAG, () -> PropValue.text("\"3-e1\""),
                        DavNames.CALENDAR_DATA, () -> PropValue.text(CALENDAR_DATA))))
            .responseStatus("/dav/calendars/a%20b@x.org/work/gone.ics", 404)
            .responseStatus(
                "/dav/calendars/a%20b@x.org/work/", 507, DavNames.NUMBER_OF_MATCHES_WITHIN_LIMITS)
            .syncToken("urn:partage:sync:42")
            .finish();

    XmlElement parsed = SafeXmlReader.parse(body);
    assertThat(parsed).isEqualTo(Fixtures.xml("responses/multistatus-sync-collection.xml"));
    String calendarData =
        parsed
            .child(DavNames.RESPONSE)
            .child(DavNames.PROPSTAT)
            .child(DavNames.PROP)
            .child(DavNames.CALENDAR_DATA)
            .rawText();
    assertThat(calendarData).isEqualTo(CALENDAR_DATA);
  }

  @Test
  void escapesHrefsAndTokens() {
    String body =
        new MultistatusWriter().responseStatus("/a&b/<c>", 404).syncToken("t&<>").finish();

    XmlElement parsed = SafeXmlReader.parse(body);
    assertThat(parsed.child(DavNames.RESPONSE).child(DavNames.HREF).text()).isEqualTo("/a&b/<c>");
    assertThat(parsed.child(DavNames.SYNC_TOKEN).text()).isEqualTo("t&<>");
  }

  @Test
  void writesAnEmptyPropstatWhenNoPropertyWasAskedFor() {
    XmlElement parsed =
        SafeXmlReader.parse(new MultistatusWriter().response("/a/", List.of()).finish());

    XmlElement propstat = parsed.child(DavNames.RESPONSE).child(DavNames.PROPSTAT);
    assertThat(propstat.child(DavNames.PROP).children()).isEmpty();
    assertThat(propstat.child(DavNames.STATUS).text()).isEqualTo("HTTP/1.1 200 OK");
  }

  @Test
  void refusesResponsesAfterTheSyncTokenAndUseAfterFinish() {
    MultistatusWriter writer = new MultistatusWriter().syncToken("t");
    assertThatThrownBy(() -> writer.responseStatus("/a", 404))
        .isInstanceOf(IllegalStateException.class);

    MultistatusWriter finished = new MultistatusWriter();
    finished.finish();
    assertThatThrownBy(finished::finish).isInstanceOf(IllegalStateException.class);
  }
}
