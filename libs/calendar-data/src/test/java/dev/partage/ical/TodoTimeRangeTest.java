package dev.partage.ical;

import static dev.partage.ical.Fixtures.inRange;
import static dev.partage.ical.Fixtures.parse;
import static dev.partage.ical.Fixtures.range;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The VTODO rows of the RFC 4791 section 9.9 table, each at its edges. */
class TodoTimeRangeTest {

  private static boolean todoIn(String start, String end, String... properties) {
    String[] lines = new String[properties.length + 4];
    lines[0] = "BEGIN:VTODO";
    lines[1] = "UID:todo";
    lines[2] = "DTSTAMP:20260101T000000Z";
    System.arraycopy(properties, 0, lines, 3, properties.length);
    lines[lines.length - 1] = "END:VTODO";
    return CalendarFilterMatcher.matches(parse(lines), inRange("VTODO", range(start, end)));
  }

  @Test
  void dtstart_with_duration_matches_up_to_and_including_its_end() {
    String[] todo = {"DTSTART:20260105T090000Z", "DURATION:PT1H"};
    assertThat(todoIn("20260105T100000Z", "20260105T110000Z", todo)).isTrue();
    assertThat(todoIn("20260105T080000Z", "20260105T090000Z", todo)).isFalse();
    assertThat(todoIn("20260105T100001Z", "20260105T110000Z", todo)).isFalse();
  }

  @Test
  void dtstart_with_due_is_half_open() {
    String[] todo = {"DTSTART:20260105T090000Z", "DUE:20260105T100000Z"};
    assertThat(todoIn("20260105T095959Z", "20260105T110000Z", todo)).isTrue();
    assertThat(todoIn("20260105T100000Z", "20260105T110000Z", todo)).isFalse();
    assertThat(todoIn("20260105T080000Z", "20260105T090000Z", todo)).isFalse();
  }

  @Test
  void dtstart_alone_is_a_point_the_range_may_start_on() {
    String[] todo = {"DTSTART:20260105T090000Z"};
    assertThat(todoIn("20260105T090000Z", "20260105T100000Z", todo)).isTrue();
    assertThat(todoIn("20260105T080000Z", "20260105T090000Z", todo)).isFalse();
  }

  @Test
  void due_alone_is_a_point_the_range_may_end_on() {
    String[] todo = {"DUE:20260105T090000Z"};
    assertThat(todoIn("20260105T080000Z", "20260105T090000Z", todo)).isTrue();
    assertThat(todoIn("20260105T090000Z", "20260105T100000Z", todo)).isFalse();
  }

  @Test
  void completed_and_created_bound_the_task_inclusively() {
    String[] todo = {"CREATED:20260101T000000Z", "COMPLETED:20260110T000000Z"};
    assertThat(todoIn("20251231T000000Z", "20260101T000000Z", todo)).isTrue();
    assertThat(todoIn("20260110T000000Z", "20260111T000000Z", todo)).isTrue();
    assertThat(todoIn("20260110T000001Z", "20260111T000000Z", todo)).isFalse();
  }

  @Test
  void completed_alone_is_a_point_reachable_from_both_sides() {
    String[] todo = {"COMPLETED:20260110T000000Z"};
    assertThat(todoIn("20260109T000000Z", "20260110T000000Z", todo)).isTrue();
    assertThat(todoIn("20260110T000000Z", "20260111T000000Z", todo)).isTrue();
    assertThat(todoIn("20260111T000000Z", "20260112T000000Z", todo)).isFalse();
  }

  @Test
  void created_alone_matches_any_range_ending_after_it() {
    String[] todo = {"CREATED:20260110T000000Z"};
    assertThat(todoIn("20300101T000000Z", "20300102T000000Z", todo)).isTrue();
    assertThat(todoIn("20260109T000000Z", "20260110T000000Z", todo)).isFalse();
  }

  @Test
  void a_todo_without_dates_matches_every_range() {
    assertThat(todoIn("19990101T000000Z", "19990102T000000Z")).isTrue();
  }

  @Test
  void a_recurring_todo_matches_a_later_instance_with_its_due_shifted() {
    String[] todo = {
      "DTSTART:20260105T090000Z", "DUE:20260105T170000Z", "RRULE:FREQ=WEEKLY;COUNT=4"
    };
    assertThat(todoIn("20260119T160000Z", "20260119T163000Z", todo)).isTrue();
    assertThat(todoIn("20260119T170000Z", "20260119T180000Z", todo)).isFalse();
  }
}
