package dev.partage.ical;

import static dev.partage.ical.Fixtures.inRange;
import static dev.partage.ical.Fixtures.parse;
import static dev.partage.ical.Fixtures.range;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** Time-range matching of recurring events: any instance overlapping the range matches. */
class RecurrenceTimeRangeTest {

  private static boolean eventIn(CalendarObject object, String start, String end) {
    return CalendarFilterMatcher.matches(object, inRange("VEVENT", range(start, end)));
  }

  /** Weekly on Mondays 09:00-10:00 UTC from 2026-01-05, ten times, 2026-01-19 excluded. */
  private static final CalendarObject WEEKLY =
      parse(
          "BEGIN:VEVENT",
          "UID:weekly",
          "DTSTAMP:20260101T000000Z",
          "DTSTART:20260105T090000Z",
          "DTEND:20260105T100000Z",
          "RRULE:FREQ=WEEKLY;COUNT=10",
          "EXDATE:20260119T090000Z",
          "END:VEVENT");

  @Test
  void a_later_instance_matches_a_range_far_from_dtstart() {
    assertThat(eventIn(WEEKLY, "20260126T000000Z", "20260127T000000Z")).isTrue();
  }

  @Test
  void an_excluded_instance_does_not_match() {
    assertThat(eventIn(WEEKLY, "20260119T000000Z", "20260120T000000Z")).isFalse();
  }

  @Test
  void nothing_matches_after_the_last_counted_instance() {
    // The tenth instance is 2026-03-09; COUNT includes the excluded one.
    assertThat(eventIn(WEEKLY, "20260309T000000Z", "20260310T000000Z")).isTrue();
    assertThat(eventIn(WEEKLY, "20260316T000000Z", "20260317T000000Z")).isFalse();
  }

  @Test
  void a_range_between_instances_does_not_match() {
    assertThat(eventIn(WEEKLY, "20260106T000000Z", "20260112T000000Z")).isFalse();
  }

  @Test
  void an_instance_ending_exactly_at_the_range_start_does_not_match() {
    assertThat(eventIn(WEEKLY, "20260105T100000Z", "20260105T120000Z")).isFalse();
    assertThat(eventIn(WEEKLY, "20260105T095959Z", "20260105T120000Z")).isTrue();
  }

  private static final CalendarObject WITH_MOVED_INSTANCE =
      parse(
          "BEGIN:VEVENT",
          "UID:moved",
          "DTSTAMP:20260101T000000Z",
          "DTSTART:20260105T090000Z",
          "DURATION:PT1H",
          "RRULE:FREQ=DAILY;COUNT=5",
          "END:VEVENT",
          "BEGIN:VEVENT",
          "UID:moved",
          "DTSTAMP:20260101T000000Z",
          "RECURRENCE-ID:20260107T090000Z",
          "DTSTART:20260220T150000Z",
          "DURATION:PT1H",
          "SUMMARY:moved to February",
          "END:VEVENT");

  @Test
  void an_instance_moved_out_of_the_range_no_longer_matches_there() {
    assertThat(eventIn(WITH_MOVED_INSTANCE, "20260107T000000Z", "20260108T000000Z")).isFalse();
  }

  @Test
  void an_instance_moved_into_the_range_matches_there() {
    assertThat(eventIn(WITH_MOVED_INSTANCE, "20260220T000000Z", "20260221T000000Z")).isTrue();
  }

  @Test
  void rdate_adds_instances_outside_the_rule() {
    CalendarObject object =
        parse(
            "BEGIN:VEVENT",
            "UID:rdate",
            "DTSTAMP:20260101T000000Z",
            "DTSTART:20260105T090000Z",
            "DTEND:20260105T100000Z",
            "RDATE:20260301T090000Z,20260401T090000Z",
            "RDATE;VALUE=PERIOD:20260501T090000Z/PT8H",
            "END:VEVENT");

    assertThat(eventIn(object, "20260301T000000Z", "20260302T000000Z")).isTrue();
    assertThat(eventIn(object, "20260401T000000Z", "20260402T000000Z")).isTrue();
    assertThat(eventIn(object, "20260501T160000Z", "20260501T170000Z")).isTrue();
    assertThat(eventIn(object, "20260315T000000Z", "20260316T000000Z")).isFalse();
  }

  @Test
  void an_unbounded_rule_matches_decades_later() {
    CalendarObject birthday =
        parse(
            "BEGIN:VEVENT",
            "UID:birthday",
            "DTSTAMP:20260101T000000Z",
            "DTSTART;VALUE=DATE:19800615",
            "RRULE:FREQ=YEARLY",
            "END:VEVENT");

    assertThat(eventIn(birthday, "20450615T120000Z", "20450615T130000Z")).isTrue();
    assertThat(eventIn(birthday, "20450616T120000Z", "20450617T000000Z")).isFalse();
  }

  @Test
  void all_day_event_covers_its_whole_day_and_not_the_next() {
    CalendarObject holiday =
        parse(
            "BEGIN:VEVENT",
            "UID:holiday",
            "DTSTAMP:20260101T000000Z",
            "DTSTART;VALUE=DATE:20260714",
            "END:VEVENT");

    assertThat(eventIn(holiday, "20260714T230000Z", "20260715T010000Z")).isTrue();
    assertThat(eventIn(holiday, "20260715T000000Z", "20260716T000000Z")).isFalse();
  }

  @Test
  void floating_time_is_read_in_the_query_time_zone() {
    CalendarObject floating =
        parse(
            "BEGIN:VEVENT",
            "UID:floating",
            "DTSTAMP:20260101T000000Z",
            "DTSTART:20260310T090000",
            "DTEND:20260310T100000",
            "END:VEVENT");

    // 09:00 floating is 08:00Z in Paris (UTC+1 in March before the change), 09:00Z in UTC.
    assertThat(
            CalendarFilterMatcher.matches(
                floating,
                inRange("VEVENT", range("20260310T080000Z", "20260310T083000Z")),
                ZoneId.of("Europe/Paris")))
        .isTrue();
    assertThat(eventIn(floating, "20260310T080000Z", "20260310T083000Z")).isFalse();
    assertThat(eventIn(floating, "20260310T090000Z", "20260310T093000Z")).isTrue();
  }

  @Test
  void europe_paris_with_vtimezone_keeps_wall_clock_time_across_daylight_saving() {
    CalendarObject standup =
        parse(
            Fixtures.PARIS_TIMEZONE,
            "BEGIN:VEVENT",
            "UID:standup",
            "DTSTAMP:20260101T000000Z",
            "DTSTART;TZID=Europe/Paris:20260323T093000",
            "DTEND;TZID=Europe/Paris:20260323T094500",
            "RRULE:FREQ=WEEKLY;BYDAY=MO",
            "END:VEVENT");

    // Before 2026-03-29 Paris is UTC+1, after it UTC+2.
    assertThat(eventIn(standup, "20260323T083000Z", "20260323T084500Z")).isTrue();
    assertThat(eventIn(standup, "20260330T073000Z", "20260330T074500Z")).isTrue();
    assertThat(eventIn(standup, "20260330T083000Z", "20260330T084500Z")).isFalse();
  }

  @Test
  void tzid_without_vtimezone_is_read_as_the_iana_zone() {
    CalendarObject call =
        parse(
            "BEGIN:VEVENT",
            "UID:ny",
            "DTSTAMP:20260101T000000Z",
            "DTSTART;TZID=America/New_York:20260701T090000",
            "DURATION:PT30M",
            "END:VEVENT");

    // New York is UTC-4 in July.
    assertThat(eventIn(call, "20260701T130000Z", "20260701T131500Z")).isTrue();
    assertThat(eventIn(call, "20260701T090000Z", "20260701T093000Z")).isFalse();
  }

  @Test
  void zero_duration_event_matches_a_range_starting_at_it() {
    CalendarObject reminder =
        parse(
            "BEGIN:VEVENT",
            "UID:zero",
            "DTSTAMP:20260101T000000Z",
            "DTSTART:20260105T090000Z",
            "END:VEVENT");

    assertThat(eventIn(reminder, "20260105T090000Z", "20260105T100000Z")).isTrue();
    assertThat(eventIn(reminder, "20260105T080000Z", "20260105T090000Z")).isFalse();
  }
}
