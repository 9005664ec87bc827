package dev.partage.ical;

import static dev.partage.ical.Fixtures.PARIS_TIMEZONE;
import static dev.partage.ical.Fixtures.inRange;
import static dev.partage.ical.Fixtures.parse;
import static dev.partage.ical.Fixtures.range;
import static dev.partage.ical.Fixtures.utc;
import static org.assertj.core.api.Assertions.assertThat;

import dev.partage.dav.caldav.filter.TimeRange;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The instance periods storage keeps: exact where an overlap test decides, flagged otherwise. */
class InstanceIndexTest {

  private static final Instant HORIZON = utc("20280101T000000Z");

  private static final CalendarObject ZONED_SERIES =
      CalendarObject.parse(
          Fixtures.calendar(
              PARIS_TIMEZONE,
              "BEGIN:VEVENT",
              "UID:series",
              "DTSTAMP:20260101T000000Z",
              "DTSTART;TZID=Europe/Paris:20260323T100000",
              "DTEND;TZID=Europe/Paris:20260323T110000",
              "RRULE:FREQ=WEEKLY;COUNT=4",
              "EXDATE;TZID=Europe/Paris:20260330T100000",
              "END:VEVENT",
              "BEGIN:VEVENT",
              "UID:series",
              "DTSTAMP:20260101T000000Z",
              "RECURRENCE-ID;TZID=Europe/Paris:20260406T100000",
              "DTSTART;TZID=Europe/Paris:20260408T150000",
              "DTEND;TZID=Europe/Paris:20260408T160000",
              "END:VEVENT"));

  @Test
  void a_zoned_series_lists_its_instances_in_utc_without_excluded_and_with_moved_ones() {
    InstanceIndex index = ZONED_SERIES.instances(HORIZON);

    // Paris is UTC+1 until March 29 2026, then UTC+2.
    assertThat(index.exact()).isTrue();
    assertThat(index.coveredUntil()).isNull();
    assertThat(index.periods())
        .containsExactlyInAnyOrder(
            new InstancePeriod(utc("20260323T090000Z"), utc("20260323T100000Z")),
            new InstancePeriod(utc("20260408T130000Z"), utc("20260408T140000Z")),
            new InstancePeriod(utc("20260413T080000Z"), utc("20260413T090000Z")));
  }

  @Test
  void an_event_without_duration_is_an_instant() {
    CalendarObject object =
        parse("BEGIN:VEVENT", "UID:point", "DTSTAMP:20260101T000000Z", "DTSTART:20260105T090000Z", "END:VEVENT");

    assertThat(object.instances(HORIZON).periods())
        .containsExactly(new InstancePeriod(utc("20260105T090000Z"), utc("20260105T090000Z")));
  }

  @Test
  void an_unbounded_series_is_listed_up_to_the_horizon_and_says_so() {
    CalendarObject object =
        parse(
            "BEGIN:VEVENT",
            "UID:forever",
            "DTSTAMP:20260101T000000Z",
            "DTSTART:20260105T090000Z",
            "DURATION:PT1H",
            "RRULE:FREQ=WEEKLY",
            "END:VEVENT");

    InstanceIndex index = object.instances(HORIZON);

    assertThat(index.exact()).isTrue();
    assertThat(index.coveredUntil()).isEqualTo(HORIZON);
    assertThat(index.periods()).hasSize(104);
    assertThat(index.periods()).allMatch(period -> period.start().isBefore(HORIZON));
  }

  @Test
  void floating_and_all_day_times_are_left_to_the_matcher() {
    CalendarObject floating =
        parse("BEGIN:VEVENT", "UID:f", "DTSTAMP:20260101T000000Z", "DTSTART:20260105T090000", "END:VEVENT");
    CalendarObject allDay =
        parse(
            "BEGIN:VEVENT", "UID:d", "DTSTAMP:20260101T000000Z", "DTSTART;VALUE=DATE:20260105", "END:VEVENT");

    assertThat(floating.instances(HORIZON)).isEqualTo(new InstanceIndex(false, List.of(), null));
    assertThat(allDay.instances(HORIZON).exact()).isFalse();
  }

  @Test
  void a_task_with_inclusive_bounds_is_left_to_the_matcher() {
    CalendarObject task =
        parse("BEGIN:VTODO", "UID:t", "DTSTAMP:20260101T000000Z", "DUE:20260105T090000Z", "END:VTODO");

    assertThat(task.instances(HORIZON).exact()).isFalse();
  }

  /** The promise storage relies on: the overlap rule of InstancePeriod is the matcher's answer. */
  @Test
  void overlap_of_the_periods_agrees_with_the_matcher_on_every_window() {
    CalendarObject point =
        parse("BEGIN:VEVENT", "UID:p", "DTSTAMP:20260101T000000Z", "DTSTART:20260408T130000Z", "END:VEVENT");
    List<TimeRange> windows =
        List.of(
            range("20260323T100000Z", "20260324T000000Z"),
            range("20260323T000000Z", "20260323T090000Z"),
            range("20260330T000000Z", "20260331T000000Z"),
            range("20260406T000000Z", "20260407T000000Z"),
            range("20260408T130000Z", "20260408T130001Z"),
            range("20260408T120000Z", "20260408T130000Z"),
            range("20260408T140000Z", "20260409T000000Z"),
            range("20260412T000000Z", "20260419T000000Z"),
            range(null, "20260323T090001Z"),
            range("20260413T090000Z", null));
    for (CalendarObject object : List.of(ZONED_SERIES, point)) {
      InstanceIndex index = object.instances(HORIZON);
      for (TimeRange window : windows) {
        boolean byPeriods = Fixtures.storageMatches(index, window);
        assertThat(byPeriods)
            .as("%s in %s", object.uid(), window)
            .isEqualTo(CalendarFilterMatcher.matches(object, inRange("VEVENT", window)));
      }
    }
  }
}
