package dev.partage.ical;

import static dev.partage.ical.Fixtures.parse;
import static dev.partage.ical.Fixtures.range;
import static dev.partage.ical.Fixtures.utc;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The index columns: exact for zoned times, widened for floating ones, open for endless series. */
class ObjectIndexTest {

  @Test
  void a_single_zoned_event_is_indexed_in_utc() {
    ObjectIndex index = Fixtures.rfc("abcd1").index();

    assertThat(index)
        .isEqualTo(
            new ObjectIndex(
                "74855313FA803DA593CD579A@example.com",
                "VEVENT",
                utc("20060102T150000Z"),
                utc("20060102T160000Z"),
                false));
  }

  @Test
  void a_bounded_series_spans_its_first_start_to_its_last_end_including_moved_instances() {
    // abcd2: five daily instances at 12:00 EST, the last one (Jan 6) moved to 14:00.
    ObjectIndex index = Fixtures.rfc("abcd2").index();

    assertThat(index.firstStart()).isEqualTo(utc("20060102T170000Z"));
    assertThat(index.lastEnd()).isEqualTo(utc("20060106T200000Z"));
    assertThat(index.recurring()).isTrue();
  }

  @Test
  void an_override_moved_after_the_series_extends_the_last_end() {
    CalendarObject object =
        parse(
            "BEGIN:VEVENT",
            "UID:moved",
            "DTSTAMP:20260101T000000Z",
            "DTSTART:20260105T090000Z",
            "DURATION:PT1H",
            "RRULE:FREQ=DAILY;UNTIL=20260109T090000Z",
            "END:VEVENT",
            "BEGIN:VEVENT",
            "UID:moved",
            "DTSTAMP:20260101T000000Z",
            "RECURRENCE-ID:20260107T090000Z",
            "DTSTART:20260301T090000Z",
            "DURATION:PT1H",
            "END:VEVENT");

    assertThat(object.index().firstStart()).isEqualTo(utc("20260105T090000Z"));
    assertThat(object.index().lastEnd()).isEqualTo(utc("20260301T100000Z"));
  }

  @Test
  void an_excluded_first_instance_does_not_count() {
    CalendarObject object =
        parse(
            "BEGIN:VEVENT",
            "UID:exdate",
            "DTSTAMP:20260101T000000Z",
            "DTSTART:20260105T090000Z",
            "DURATION:PT1H",
            "RRULE:FREQ=WEEKLY;COUNT=3",
            "EXDATE:20260105T090000Z",
            "END:VEVENT");

    assertThat(object.index().firstStart()).isEqualTo(utc("20260112T090000Z"));
    assertThat(object.index().lastEnd()).isEqualTo(utc("20260119T100000Z"));
  }

  @Test
  void an_unbounded_series_has_no_last_end() {
    CalendarObject object =
        parse(
            "BEGIN:VEVENT",
            "UID:forever",
            "DTSTAMP:20260101T000000Z",
            "DTSTART:20260105T090000Z",
            "DURATION:PT1H",
            "RRULE:FREQ=DAILY",
            "END:VEVENT");

    assertThat(object.index().firstStart()).isEqualTo(utc("20260105T090000Z"));
    assertThat(object.index().lastEnd()).isNull();
    assertThat(object.index().mayOverlap(range("20990101T000000Z", "20990102T000000Z"))).isTrue();
  }

  @Test
  void all_day_and_floating_times_are_widened_by_fourteen_hours() {
    CalendarObject allDay =
        parse(
            "BEGIN:VEVENT",
            "UID:day",
            "DTSTAMP:20260101T000000Z",
            "DTSTART;VALUE=DATE:20260714",
            "END:VEVENT");

    assertThat(allDay.index().firstStart()).isEqualTo(utc("20260713T100000Z"));
    assertThat(allDay.index().lastEnd()).isEqualTo(utc("20260715T140000Z"));
  }

  @Test
  void a_todo_without_any_date_is_always_a_candidate() {
    CalendarObject todo = parse("BEGIN:VTODO", "UID:t", "DTSTAMP:20260101T000000Z", "END:VTODO");

    assertThat(todo.index().firstStart()).isNull();
    assertThat(todo.index().lastEnd()).isNull();
    assertThat(todo.index().mayOverlap(range("20000101T000000Z", "20000102T000000Z"))).isTrue();
  }

  @Test
  void may_overlap_is_inclusive_at_both_edges_and_excludes_the_rest() {
    ObjectIndex index =
        new ObjectIndex("u", "VTODO", utc("20260105T090000Z"), utc("20260105T100000Z"), false);

    assertThat(index.mayOverlap(range("20260105T080000Z", "20260105T090000Z"))).isTrue();
    assertThat(index.mayOverlap(range("20260105T100000Z", "20260105T110000Z"))).isTrue();
    assertThat(index.mayOverlap(range("20260105T100001Z", "20260105T110000Z"))).isFalse();
    assertThat(index.mayOverlap(range("20260105T070000Z", "20260105T085959Z"))).isFalse();
  }
}
