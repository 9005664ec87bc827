package dev.partage.e2e;

import static dev.partage.e2e.support.Xml.CALDAV;
import static org.assertj.core.api.Assertions.assertThat;

import dev.partage.e2e.StackExtension.Stack;
import dev.partage.e2e.support.Dav;
import dev.partage.e2e.support.Ics;
import dev.partage.e2e.support.Multistatus;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The CALDAV:calendar-query REPORT (RFC 4791 section 7.8): which hrefs come back for time ranges
 * over recurring, all-day, floating and zoned events, for text matches and for absent properties,
 * and what expand returns.
 */
@ExtendWith(StackExtension.class)
class CalendarQueryIT {

  /** The range of the time-range test: Monday 2 and Tuesday 3 November 2026, UTC. */
  private static final String RANGE_START = "20261102T000000Z";
  private static final String RANGE_END = "20261104T000000Z";

  @Test
  void timeRangeHonoursRecurrenceExceptionsAllDayAndZonedTimes(Stack stack) {
    Dav gilles = Dav.as(stack, Dav.GILLES);
    String calendar = gilles.newCalendar("time-range");
    // Mondays 09:00Z from 5 October; 2 November is excluded, the 12 October one moved into range.
    gilles.create(calendar + "weekly-moved-in.ics",
        Ics.calendar(
            Ics.lines(
                "BEGIN:VEVENT", "UID:weekly-moved-in", "DTSTAMP:20260101T000000Z",
                "DTSTART:20261005T090000Z", "DTEND:20261005T100000Z",
                "RRULE:FREQ=WEEKLY;COUNT=10", "EXDATE:20261102T090000Z",
                "SUMMARY:Weekly", "END:VEVENT",
                "BEGIN:VEVENT", "UID:weekly-moved-in", "DTSTAMP:20260101T000000Z",
                "RECURRENCE-ID:20261012T090000Z",
                "DTSTART:20261103T100000Z", "DTEND:20261103T110000Z",
                "SUMMARY:Weekly, moved", "END:VEVENT")));
    // Its only instance in the range is excluded: no match.
    gilles.create(calendar + "weekly-excluded.ics",
        Ics.calendar(
            Ics.lines(
                "BEGIN:VEVENT", "UID:weekly-excluded", "DTSTAMP:20260101T000000Z",
                "DTSTART:20261005T120000Z", "DTEND:20261005T130000Z",
                "RRULE:FREQ=WEEKLY;COUNT=10", "EXDATE:20261102T120000Z",
                "SUMMARY:Weekly, excluded", "END:VEVENT")));
    gilles.create(calendar + "all-day.ics", allDay("all-day", "20261103", "20261104"));
    gilles.create(calendar + "all-day-after.ics", allDay("all-day-after", "20261106", "20261107"));
    // 00:30 on 4 November in Paris is 23:30Z on the 3rd: inside.
    gilles.create(calendar + "paris.ics", paris("paris", "20261104T003000", "20261104T004500"));
    // 00:30 on 2 November in Paris is 23:30Z on the 1st: outside, though its digits look inside.
    gilles.create(calendar + "paris-before.ics",
        paris("paris-before", "20261102T003000", "20261102T004500"));
    gilles.create(calendar + "december.ics",
        Ics.singleEvent("december", "20261201T100000Z", "20261201T110000Z", "December"));

    assertThat(eventsInRange(gilles, calendar))
        .containsExactlyInAnyOrder(
            calendar + "weekly-moved-in.ics", calendar + "all-day.ics", calendar + "paris.ics");
  }

  @Test
  void floatingTimesAndDatesAreReadInTheCalendarTimezone(Stack stack) {
    Dav gilles = Dav.as(stack, Dav.GILLES);
    // RFC 4791 section 5.2.2: calendar-timezone resolves dates and floating times in time-range
    // queries. Each event below falls on the other side of the range when read in UTC instead.
    String calendar =
        gilles.newCalendar(
            "floating",
            """
            <c:mkcalendar xmlns:d="DAV:" xmlns:c="urn:ietf:params:xml:ns:caldav">
              <d:set><d:prop>
                <c:calendar-timezone><![CDATA[%s]]></c:calendar-timezone>
              </d:prop></d:set>
            </c:mkcalendar>"""
                .formatted(Ics.calendar(Ics.PARIS_TIMEZONE)));
    // 00:30 on 4 November in Paris is 23:30Z on the 3rd: inside.
    gilles.create(calendar + "floating.ics", floating("floating", "20261104T003000"));
    // 00:30 on 2 November in Paris is 23:30Z on the 1st: outside.
    gilles.create(calendar + "floating-before.ics", floating("floating-before", "20261102T003000"));
    // 4 November starts at 23:00Z on the 3rd in Paris: inside.
    gilles.create(calendar + "all-day-paris.ics", allDay("all-day-paris", "20261104", "20261105"));

    assertThat(eventsInRange(gilles, calendar))
        .containsExactlyInAnyOrder(calendar + "floating.ics", calendar + "all-day-paris.ics");
  }

  @Test
  void expandReturnsEachInstanceWithItsRecurrenceIdAndNoRule(Stack stack) {
    Dav gilles = Dav.as(stack, Dav.GILLES);
    String calendar = gilles.newCalendar("expand");
    gilles.create(calendar + "weekly.ics",
        Ics.calendar(
            Ics.lines(
                "BEGIN:VEVENT", "UID:expand-weekly", "DTSTAMP:20260101T000000Z",
                "DTSTART:20261005T090000Z", "DTEND:20261005T100000Z",
                "RRULE:FREQ=WEEKLY;COUNT=10", "EXDATE:20261019T090000Z",
                "SUMMARY:Weekly", "END:VEVENT",
                "BEGIN:VEVENT", "UID:expand-weekly", "DTSTAMP:20260101T000000Z",
                "RECURRENCE-ID:20261012T090000Z",
                "DTSTART:20261013T100000Z", "DTEND:20261013T110000Z",
                "SUMMARY:Weekly, moved", "END:VEVENT")));

    Multistatus answer =
        gilles.report(calendar, "1",
            query(
                """
                <d:prop><c:calendar-data>
                  <c:expand start="20261001T000000Z" end="20261027T000000Z"/>
                </c:calendar-data></d:prop>""",
                """
                <c:comp-filter name="VEVENT">
                  <c:time-range start="20261001T000000Z" end="20261027T000000Z"/>
                </c:comp-filter>"""));

    String expanded = answer.entry(calendar + "weekly.ics").okText(CALDAV, "calendar-data");
    // RFC 4791 section 9.6.5: instances in the range, each with a RECURRENCE-ID, in UTC, no rule.
    assertThat(Ics.values(expanded, "RECURRENCE-ID"))
        .containsExactlyInAnyOrder("20261005T090000Z", "20261012T090000Z", "20261026T090000Z");
    assertThat(Ics.values(expanded, "DTSTART"))
        .containsExactlyInAnyOrder("20261005T090000Z", "20261013T100000Z", "20261026T090000Z");
    assertThat(Ics.values(expanded, "RRULE")).isEmpty();
    assertThat(Ics.values(expanded, "EXDATE")).isEmpty();
  }

  @Test
  void textMatchFollowsItsCollationAndNegation(Stack stack) {
    Dav gilles = Dav.as(stack, Dav.GILLES);
    String calendar = gilles.newCalendar("text-match");
    gilles.create(calendar + "reunion.ics",
        Ics.singleEvent("reunion", "20261110T100000Z", "20261110T110000Z", "Réunion BUDGET"));
    gilles.create(calendar + "review.ics",
        Ics.singleEvent("review", "20261111T100000Z", "20261111T110000Z", "budget review"));
    gilles.create(calendar + "lunch.ics",
        Ics.singleEvent("lunch", "20261112T100000Z", "20261112T110000Z", "Lunch"));

    // RFC 4791 section 9.7.5: the default collation is i;ascii-casemap, caseless for ASCII only.
    assertThat(summaryMatches(gilles, calendar, "<c:text-match>Budget</c:text-match>"))
        .containsExactlyInAnyOrder(calendar + "reunion.ics", calendar + "review.ics");
    assertThat(summaryMatches(gilles, calendar, "<c:text-match>RÉUNION</c:text-match>")).isEmpty();
    // RFC 5051: i;unicode-casemap folds É to é as well.
    assertThat(
            summaryMatches(gilles, calendar,
                "<c:text-match collation=\"i;unicode-casemap\">RÉUNION</c:text-match>"))
        .containsExactly(calendar + "reunion.ics");
    assertThat(
            summaryMatches(gilles, calendar,
                "<c:text-match collation=\"i;octet\">budget</c:text-match>"))
        .containsExactly(calendar + "review.ics");
    assertThat(
            summaryMatches(gilles, calendar,
                "<c:text-match negate-condition=\"yes\">budget</c:text-match>"))
        .containsExactly(calendar + "lunch.ics");
  }

  @Test
  void isNotDefinedMatchesEventsWithoutTheProperty(Stack stack) {
    Dav gilles = Dav.as(stack, Dav.GILLES);
    String calendar = gilles.newCalendar("is-not-defined");
    gilles.create(calendar + "located.ics",
        Ics.calendar(
            Ics.lines(
                "BEGIN:VEVENT", "UID:located", "DTSTAMP:20260101T000000Z",
                "DTSTART:20261110T100000Z", "DTEND:20261110T110000Z",
                "SUMMARY:Located", "LOCATION:Salle Rhône", "END:VEVENT")));
    gilles.create(calendar + "nowhere.ics",
        Ics.singleEvent("nowhere", "20261111T100000Z", "20261111T110000Z", "Nowhere"));

    Multistatus answer =
        gilles.report(calendar, "1",
            query(
                "<d:prop><d:getetag/></d:prop>",
                """
                <c:comp-filter name="VEVENT">
                  <c:prop-filter name="LOCATION"><c:is-not-defined/></c:prop-filter>
                </c:comp-filter>"""));

    assertThat(answer.hrefs()).containsExactly(calendar + "nowhere.ics");
  }

  private static List<String> eventsInRange(Dav dav, String calendar) {
    return dav.report(calendar, "1",
            query(
                "<d:prop><d:getetag/></d:prop>",
                """
                <c:comp-filter name="VEVENT">
                  <c:time-range start="%s" end="%s"/>
                </c:comp-filter>"""
                    .formatted(RANGE_START, RANGE_END)))
        .hrefs();
  }

  private static List<String> summaryMatches(Dav dav, String calendar, String textMatch) {
    return dav.report(calendar, "1",
            query(
                "<d:prop><d:getetag/></d:prop>",
                """
                <c:comp-filter name="VEVENT">
                  <c:prop-filter name="SUMMARY">%s</c:prop-filter>
                </c:comp-filter>"""
                    .formatted(textMatch)))
        .hrefs();
  }

  /** A calendar-query asking {@code prop} of the events matching {@code eventFilter}. */
  private static String query(String prop, String eventFilter) {
    return """
        <c:calendar-query xmlns:d="DAV:" xmlns:c="urn:ietf:params:xml:ns:caldav">
          %s
          <c:filter><c:comp-filter name="VCALENDAR">%s</c:comp-filter></c:filter>
        </c:calendar-query>"""
        .formatted(prop, eventFilter);
  }

  private static String allDay(String uid, String startDate, String endDate) {
    return Ics.calendar(
        Ics.lines(
            "BEGIN:VEVENT", "UID:" + uid, "DTSTAMP:20260101T000000Z",
            "DTSTART;VALUE=DATE:" + startDate, "DTEND;VALUE=DATE:" + endDate,
            "SUMMARY:All day", "END:VEVENT"));
  }

  /** A 15-minute event at a floating local time (RFC 5545 section 3.3.5, form #1). */
  private static String floating(String uid, String start) {
    String end = start.substring(0, 11) + "4500";
    return Ics.calendar(
        Ics.lines(
            "BEGIN:VEVENT", "UID:" + uid, "DTSTAMP:20260101T000000Z",
            "DTSTART:" + start, "DTEND:" + end, "SUMMARY:Floating", "END:VEVENT"));
  }

  private static String paris(String uid, String start, String end) {
    return Ics.calendar(
        Ics.PARIS_TIMEZONE,
        Ics.lines(
            "BEGIN:VEVENT", "UID:" + uid, "DTSTAMP:20260101T000000Z",
            "DTSTART;TZID=Europe/Paris:" + start, "DTEND;TZID=Europe/Paris:" + end,
            "SUMMARY:In Paris", "END:VEVENT"));
  }
}
