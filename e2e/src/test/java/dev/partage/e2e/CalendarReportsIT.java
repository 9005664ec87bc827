package dev.partage.e2e;

import static dev.partage.e2e.support.Xml.CALDAV;
import static dev.partage.e2e.support.Xml.DAV;
import static org.assertj.core.api.Assertions.assertThat;

import dev.partage.e2e.StackExtension.Stack;
import dev.partage.e2e.support.Dav;
import dev.partage.e2e.support.Ics;
import dev.partage.e2e.support.Multistatus;
import io.restassured.response.Response;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * CALDAV:calendar-multiget (RFC 4791 section 7.9) and CALDAV:free-busy-query (section 7.10);
 * calendar-query has {@link CalendarQueryIT}, sync-collection {@link SyncCollectionIT}.
 */
@ExtendWith(StackExtension.class)
class CalendarReportsIT {

  @Test
  void multigetAnswersEachHrefAndA404ForTheMissingOne(Stack stack) {
    Dav gilles = Dav.as(stack, Dav.GILLES);
    String calendar = gilles.newCalendar("multiget");
    String first = Ics.singleEvent("multiget-1", "20261110T100000Z", "20261110T110000Z", "First");
    String second = Ics.singleEvent("multiget-2", "20261111T100000Z", "20261111T110000Z", "Second");
    String firstTag = gilles.create(calendar + "first.ics", first);
    String secondTag = gilles.create(calendar + "second.ics", second);

    Multistatus answer =
        gilles.report(calendar, "1",
            """
            <c:calendar-multiget xmlns:d="DAV:" xmlns:c="urn:ietf:params:xml:ns:caldav">
              <d:prop><d:getetag/><c:calendar-data/></d:prop>
              <d:href>%1$sfirst.ics</d:href>
              <d:href>%1$ssecond.ics</d:href>
              <d:href>%1$smissing.ics</d:href>
            </c:calendar-multiget>"""
                .formatted(calendar));

    assertThat(answer.hrefs())
        .containsExactlyInAnyOrder(
            calendar + "first.ics", calendar + "second.ics", calendar + "missing.ics");
    Multistatus.Entry firstEntry = answer.entry(calendar + "first.ics");
    assertThat(firstEntry.okText(DAV, "getetag")).isEqualTo(firstTag);
    assertThat(firstEntry.ok(CALDAV, "calendar-data").getTextContent()).isEqualTo(first);
    Multistatus.Entry secondEntry = answer.entry(calendar + "second.ics");
    assertThat(secondEntry.okText(DAV, "getetag")).isEqualTo(secondTag);
    assertThat(secondEntry.ok(CALDAV, "calendar-data").getTextContent()).isEqualTo(second);
    // RFC 4791 section 7.9: a missing resource is a DAV:response with a 404 status, no propstat.
    Multistatus.Entry missing = answer.entry(calendar + "missing.ics");
    assertThat(missing.status()).contains(404);
    assertThat(missing.properties()).isEmpty();
  }

  @Test
  void freeBusyQueryReportsBusyTimeOfOpaqueEventsOnly(Stack stack) {
    Dav gilles = Dav.as(stack, Dav.GILLES);
    String calendar = gilles.newCalendar("free-busy");
    gilles.create(calendar + "busy.ics",
        Ics.singleEvent("busy", "20261110T100000Z", "20261110T110000Z", "Busy"));
    gilles.create(calendar + "transparent.ics",
        Ics.calendar(
            Ics.lines(
                "BEGIN:VEVENT", "UID:transparent", "DTSTAMP:20260101T000000Z",
                "DTSTART:20261110T120000Z", "DTEND:20261110T130000Z",
                "TRANSP:TRANSPARENT", "SUMMARY:Reminder only", "END:VEVENT")));
    gilles.create(calendar + "outside.ics",
        Ics.singleEvent("outside", "20261120T100000Z", "20261120T110000Z", "Later"));

    Response answer =
        gilles.request()
            .header("Depth", "1")
            .contentType(Dav.XML)
            .body(
                """
                <c:free-busy-query xmlns:c="urn:ietf:params:xml:ns:caldav">
                  <c:time-range start="20261110T000000Z" end="20261111T000000Z"/>
                </c:free-busy-query>""")
            .request("REPORT", calendar);

    // RFC 4791 section 7.10: a 200 with a VFREEBUSY, not a multistatus.
    assertThat(answer.statusCode()).isEqualTo(200);
    assertThat(answer.contentType()).startsWith("text/calendar");
    String freeBusy = answer.asString();
    assertThat(Ics.values(freeBusy, "BEGIN")).contains("VFREEBUSY");
    assertThat(Ics.values(freeBusy, "FREEBUSY"))
        .flatExtracting(value -> List.of(value.split(",")))
        .singleElement()
        .satisfies(
            period -> assertThat(period).isIn("20261110T100000Z/20261110T110000Z",
                "20261110T100000Z/PT1H"));
  }
}
