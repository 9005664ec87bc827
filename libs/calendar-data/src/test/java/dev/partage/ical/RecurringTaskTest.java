package dev.partage.ical;

import static dev.partage.ical.Fixtures.PARIS_TIMEZONE;
import static dev.partage.ical.Fixtures.calendar;
import static dev.partage.ical.Fixtures.inRange;
import static dev.partage.ical.Fixtures.parse;
import static dev.partage.ical.Fixtures.range;
import static dev.partage.ical.Fixtures.vcalendar;
import static dev.partage.ical.InvalidCalendarDataException.VALID_CALENDAR_DATA;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.partage.dav.caldav.filter.CompFilter;
import dev.partage.dav.caldav.filter.TimeRange;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Recurring tasks: a VTODO with RRULE, one occurrence completed through an override of the same
 * UID with RECURRENCE-ID (what DAVx5 with jtx Board or Tasks.org writes), and CALDAV:expand on it
 * (RFC 4791 section 9.6.5).
 */
class RecurringTaskTest {

  private static final String[] MASTER = {
    "BEGIN:VTODO",
    "UID:weekly",
    "DTSTAMP:20260101T000000Z",
    "SUMMARY:Water the plants",
    "DTSTART;TZID=Europe/Paris:20260105T090000",
    "DUE;TZID=Europe/Paris:20260105T170000",
    "RRULE:FREQ=WEEKLY;COUNT=3",
    "RELATED-TO;RELTYPE=PARENT:garden",
    "BEGIN:VALARM",
    "ACTION:DISPLAY",
    "DESCRIPTION:Plants",
    "TRIGGER;RELATED=END:-PT15M",
    "END:VALARM",
    "END:VTODO"
  };

  /** The second occurrence completed; like DAVx5's overrides it has a DUE but no DTSTART. */
  private static final String[] COMPLETED_SECOND = {
    "BEGIN:VTODO",
    "UID:weekly",
    "DTSTAMP:20260112T100000Z",
    "SUMMARY:Water the plants",
    "RECURRENCE-ID;TZID=Europe/Paris:20260112T090000",
    "DUE;TZID=Europe/Paris:20260112T170000",
    "STATUS:COMPLETED",
    "COMPLETED:20260112T100000Z",
    "PERCENT-COMPLETE:100",
    "END:VTODO"
  };

  private static CalendarObject series(String[]... components) {
    String[] lines = {PARIS_TIMEZONE};
    for (String[] component : components) {
      lines = concat(lines, component);
    }
    return parse(lines);
  }

  private static String[] concat(String[] first, String[] second) {
    String[] all = new String[first.length + second.length];
    System.arraycopy(first, 0, all, 0, first.length);
    System.arraycopy(second, 0, all, first.length, second.length);
    return all;
  }

  private static boolean inRangeOf(CalendarObject object, TimeRange range) {
    return CalendarFilterMatcher.matches(object, inRange("VTODO", range));
  }

  @Test
  void a_completed_occurrence_without_dtstart_is_accepted() {
    CalendarObject object = series(MASTER, COMPLETED_SECOND);

    assertThat(object.componentType()).isEqualTo("VTODO");
    assertThat(object.isRecurring()).isTrue();
  }

  /**
   * jtx Board through DAVx5 4.5.13 (bitfireAT/davx5-ose#2296): all-day occurrences overridden with
   * "RECURRENCE-ID:20260606", a date written without VALUE=DATE. Sabre answered 400; the value is
   * unambiguous, so it is read as the date it is and replaces the instance of that day.
   */
  @Test
  void an_all_day_override_whose_recurrence_id_lacks_value_date_is_accepted() {
    CalendarObject object =
        parse(
            "BEGIN:VTODO",
            "UID:monthly",
            "DTSTAMP:20260101T000000Z",
            "SUMMARY:Test",
            "DTSTART;VALUE=DATE:20260606",
            "RRULE:FREQ=MONTHLY;BYDAY=1SA;COUNT=2",
            "END:VTODO",
            "BEGIN:VTODO",
            "UID:monthly",
            "DTSTAMP:20260101T000000Z",
            "SUMMARY:Test",
            "DTSTART;VALUE=DATE:20260606",
            "RECURRENCE-ID:20260606",
            "STATUS:COMPLETED",
            "END:VTODO");

    assertThat(RecurrenceExpander.expand(object, range("20260601T000000Z", "20260801T000000Z")))
        .isEqualTo(
            calendar(
                "BEGIN:VTODO",
                "UID:monthly",
                "DTSTAMP:20260101T000000Z",
                "SUMMARY:Test",
                "DTSTART;VALUE=DATE:20260606",
                "RECURRENCE-ID;VALUE=DATE:20260606",
                "STATUS:COMPLETED",
                "END:VTODO",
                "BEGIN:VTODO",
                "UID:monthly",
                "DTSTAMP:20260101T000000Z",
                "SUMMARY:Test",
                "DTSTART;VALUE=DATE:20260704",
                "RECURRENCE-ID;VALUE=DATE:20260704",
                "END:VTODO"));
  }

  /** RFC 5545 section 3.8.2.4: DTSTART is REQUIRED with RRULE, a DUE does not anchor a series. */
  @Test
  void a_series_anchored_on_due_alone_is_refused_with_the_rule_to_follow() {
    InvalidCalendarDataException error =
        catchThrowableOfType(
            InvalidCalendarDataException.class,
            () ->
                parse(
                    "BEGIN:VTODO",
                    "UID:due-only",
                    "DTSTAMP:20260101T000000Z",
                    "DUE:20260105T170000Z",
                    "RRULE:FREQ=WEEKLY",
                    "END:VTODO"));

    assertThat(error.condition()).isEqualTo(VALID_CALENDAR_DATA);
    assertThat(error.getMessage()).contains("RRULE but no DTSTART").contains("3.8.2.4");
  }

  /**
   * Tasks.org 13 (tasks/tasks#2158) writes an endless rule as COUNT=0 and a task due the day it
   * starts as DUE = DTSTART, which RFC 5545 section 3.8.2.3 forbids ("MUST be later") and sabre/dav
   * refuses. Both are read leniently: the series never ends, and the task is the point in time of
   * the 9.9 table's DTSTART+DUE row with both bounds inclusive.
   */
  @Test
  void a_tasks_org_series_with_count_zero_and_due_on_its_start_day_is_accepted_as_endless() {
    CalendarObject object =
        parse(
            "BEGIN:VTODO",
            "DTSTAMP:20230301T105803Z",
            "UID:922187406211724545",
            "CREATED:20230301T105234Z",
            "SUMMARY:Weekly on Wed",
            "PRIORITY:5",
            "RRULE:FREQ=WEEKLY;COUNT=0;INTERVAL=1;BYDAY=WE",
            "X-APPLE-SORT-ORDER:625234142",
            "DUE;VALUE=DATE:20230301",
            "DTSTART;VALUE=DATE:20230301",
            "BEGIN:VALARM",
            "TRIGGER;RELATED=END:PT0S",
            "ACTION:DISPLAY",
            "DESCRIPTION:Default Tasks.org description",
            "END:VALARM",
            "END:VTODO");

    assertThat(object.index().lastEnd()).isNull();
    assertThat(inRangeOf(object, range("20300102T000000Z", "20300103T000000Z"))).isTrue();
    assertThat(inRangeOf(object, range("20300103T000000Z", "20300104T000000Z"))).isFalse();
  }

  @Test
  void later_occurrences_match_a_time_range_by_their_own_dtstart_and_due() {
    CalendarObject object = series(MASTER);

    // Third occurrence: 2026-01-19 08:00Z to 16:00Z (Paris is UTC+1 in January).
    assertThat(inRangeOf(object, range("20260119T155959Z", "20260120T000000Z"))).isTrue();
    assertThat(inRangeOf(object, range("20260119T160000Z", "20260120T000000Z"))).isFalse();
    assertThat(inRangeOf(object, range("20260126T000000Z", "20260127T000000Z"))).isFalse();
  }

  @Test
  void the_override_replaces_its_occurrence_in_matching() {
    CalendarObject object = series(MASTER, COMPLETED_SECOND);

    // The master's second instance started at 08:00Z; the override only has its DUE at 16:00Z,
    // which a range matches when it ends at or after it (RFC 4791 section 9.9).
    assertThat(inRangeOf(object, range("20260112T080000Z", "20260112T090000Z"))).isFalse();
    assertThat(inRangeOf(object, range("20260112T150000Z", "20260112T160000Z"))).isTrue();
    assertThat(inRangeOf(series(MASTER), range("20260112T080000Z", "20260112T090000Z"))).isTrue();
  }

  @Test
  void a_moved_override_is_found_where_it_now_is() {
    String[] movedToWednesday = COMPLETED_SECOND.clone();
    movedToWednesday[5] = "DUE;TZID=Europe/Paris:20260114T170000";
    CalendarObject object = series(MASTER, movedToWednesday);

    assertThat(inRangeOf(object, range("20260114T150000Z", "20260114T160000Z"))).isTrue();
    assertThat(inRangeOf(object, range("20260112T000000Z", "20260113T000000Z"))).isFalse();
  }

  /**
   * Section 9.6.5: each instance with its own DTSTART and DUE in UTC and a RECURRENCE-ID, without
   * RRULE or VTIMEZONE; the override stands in for its instance, and the other properties (the
   * RFC 9253 relation, the alarm relative to DUE) stay as written.
   */
  @Test
  void expand_writes_each_occurrence_in_utc_with_the_override_in_place() {
    CalendarObject object = series(MASTER, COMPLETED_SECOND);

    assertThat(RecurrenceExpander.expand(object, range("20260101T000000Z", "20260201T000000Z")))
        .isEqualTo(
            calendar(
                "BEGIN:VTODO",
                "UID:weekly",
                "DTSTAMP:20260101T000000Z",
                "SUMMARY:Water the plants",
                "DTSTART:20260105T080000Z",
                "RECURRENCE-ID:20260105T080000Z",
                "DUE:20260105T160000Z",
                "RELATED-TO;RELTYPE=PARENT:garden",
                "BEGIN:VALARM",
                "ACTION:DISPLAY",
                "DESCRIPTION:Plants",
                "TRIGGER;RELATED=END:-PT15M",
                "END:VALARM",
                "END:VTODO",
                "BEGIN:VTODO",
                "UID:weekly",
                "DTSTAMP:20260112T100000Z",
                "SUMMARY:Water the plants",
                "RECURRENCE-ID:20260112T080000Z",
                "DUE:20260112T160000Z",
                "STATUS:COMPLETED",
                "COMPLETED:20260112T100000Z",
                "PERCENT-COMPLETE:100",
                "END:VTODO",
                "BEGIN:VTODO",
                "UID:weekly",
                "DTSTAMP:20260101T000000Z",
                "SUMMARY:Water the plants",
                "DTSTART:20260119T080000Z",
                "RECURRENCE-ID:20260119T080000Z",
                "DUE:20260119T160000Z",
                "RELATED-TO;RELTYPE=PARENT:garden",
                "BEGIN:VALARM",
                "ACTION:DISPLAY",
                "DESCRIPTION:Plants",
                "TRIGGER;RELATED=END:-PT15M",
                "END:VALARM",
                "END:VTODO"));
  }

  @Test
  void an_alarm_relative_to_due_fires_for_a_later_occurrence() {
    CalendarObject object = series(MASTER);
    // DUE of the third occurrence is 16:00Z; the alarm fires 15 minutes before.
    CompFilter alarmAt =
        vcalendar(
            new CompFilter(
                "VTODO",
                false,
                null,
                List.of(),
                List.of(
                    new CompFilter(
                        "VALARM",
                        false,
                        range("20260119T154500Z", "20260119T154501Z"),
                        List.of(),
                        List.of()))));

    assertThat(CalendarFilterMatcher.matches(object, alarmAt)).isTrue();
  }
}
