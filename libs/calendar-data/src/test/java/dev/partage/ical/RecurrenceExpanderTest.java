package dev.partage.ical;

import static dev.partage.ical.Fixtures.parse;
import static dev.partage.ical.Fixtures.range;
import static dev.partage.ical.Fixtures.resource;
import static dev.partage.ical.Fixtures.rfc;
import static org.assertj.core.api.Assertions.assertThat;

import dev.partage.dav.caldav.filter.TimeRange;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * CALDAV:expand and CALDAV:limit-recurrence-set against the answers of RFC 4791 sections 7.8.3 and
 * 7.8.2 (golden files in src/test/resources/expected, compared byte for byte).
 */
class RecurrenceExpanderTest {

  private static final TimeRange JAN_3_TO_5 = range("20060103T000000Z", "20060105T000000Z");

  @Test
  void section_7_8_3_expands_instances_in_utc_with_the_override_in_place() {
    assertThat(RecurrenceExpander.expand(rfc("abcd2"), JAN_3_TO_5))
        .isEqualTo(resource("expected/rfc4791-7.8.3-abcd2-expanded.ics"));
  }

  @Test
  void section_7_8_3_converts_a_non_recurring_event_to_utc() {
    assertThat(RecurrenceExpander.expand(rfc("abcd3"), JAN_3_TO_5))
        .isEqualTo(resource("expected/rfc4791-7.8.3-abcd3-expanded.ics"));
  }

  @Test
  void section_7_8_2_keeps_the_master_and_only_overrides_in_range() {
    assertThat(RecurrenceExpander.limitRecurrenceSet(rfc("abcd2"), JAN_3_TO_5))
        .isEqualTo(resource("expected/rfc4791-7.8.2-abcd2-limited.ics"));
  }

  @Test
  void expanded_instances_leave_out_excluded_dates_and_keep_all_day_values_as_dates() {
    CalendarObject object =
        parse(
            "BEGIN:VEVENT",
            "UID:days",
            "DTSTAMP:20260101T000000Z",
            "DTSTART;VALUE=DATE:20260105",
            "DTEND;VALUE=DATE:20260106",
            "RRULE:FREQ=DAILY;COUNT=3",
            "EXDATE;VALUE=DATE:20260106",
            "SUMMARY:Off-site",
            "END:VEVENT");

    String expanded =
        RecurrenceExpander.expand(object, range("20260101T000000Z", "20260201T000000Z"));

    assertThat(expanded)
        .isEqualTo(
            Fixtures.calendar(
                "BEGIN:VEVENT",
                "UID:days",
                "DTSTAMP:20260101T000000Z",
                "DTSTART;VALUE=DATE:20260105",
                "RECURRENCE-ID;VALUE=DATE:20260105",
                "DTEND;VALUE=DATE:20260106",
                "SUMMARY:Off-site",
                "END:VEVENT",
                "BEGIN:VEVENT",
                "UID:days",
                "DTSTAMP:20260101T000000Z",
                "DTSTART;VALUE=DATE:20260107",
                "RECURRENCE-ID;VALUE=DATE:20260107",
                "DTEND;VALUE=DATE:20260108",
                "SUMMARY:Off-site",
                "END:VEVENT"));
  }

  @Test
  void long_lines_are_folded_at_75_octets() {
    String summary = "Réunion ".repeat(20).strip();
    CalendarObject object =
        parse(
            "BEGIN:VEVENT",
            "UID:long",
            "DTSTAMP:20260101T000000Z",
            "DTSTART:20260105T090000Z",
            "SUMMARY:" + summary,
            "END:VEVENT");

    String expanded =
        RecurrenceExpander.expand(object, range("20260105T000000Z", "20260106T000000Z"));

    assertThat(expanded.split("\r\n"))
        .allSatisfy(
            line -> assertThat(line.getBytes(StandardCharsets.UTF_8)).hasSizeLessThanOrEqualTo(75));
    assertThat(expanded.replace("\r\n ", "")).contains("\r\nSUMMARY:" + summary + "\r\n");
  }
}
