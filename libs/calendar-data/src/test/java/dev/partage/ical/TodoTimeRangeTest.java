package dev.partage.ical;

import static dev.partage.ical.Fixtures.inRange;
import static dev.partage.ical.Fixtures.range;
import static dev.partage.ical.Fixtures.todo;
import static dev.partage.ical.Fixtures.utc;
import static org.assertj.core.api.Assertions.assertThat;

import dev.partage.dav.caldav.filter.TimeRange;
import java.time.Instant;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every VTODO row of the RFC 4791 section 9.9 table, each at its edges, asked of every place
 * that answers a VCALENDAR > VTODO > time-range query: the matcher, the instance rows storage
 * keeps (when they claim to be exact, storage decides by them alone) and the index columns that
 * pick the candidates for the matcher (they must never drop a match).
 */
class TodoTimeRangeTest {

  private static final Instant HORIZON = utc("20280101T000000Z");

  private static final String[] DTSTART_DURATION = {"DTSTART:20260105T090000Z", "DURATION:PT1H"};
  private static final String[] DTSTART_ZERO_DURATION = {
    "DTSTART:20260105T090000Z", "DURATION:PT0S"
  };
  private static final String[] DTSTART_DUE = {"DTSTART:20260105T090000Z", "DUE:20260105T100000Z"};
  private static final String[] DTSTART_EQUALS_DUE = {
    "DTSTART:20260105T090000Z", "DUE:20260105T090000Z"
  };
  private static final String[] DTSTART_ONLY = {"DTSTART:20260105T090000Z"};
  private static final String[] DUE_ONLY = {"DUE:20260105T090000Z"};
  private static final String[] COMPLETED_CREATED = {
    "CREATED:20260101T000000Z", "COMPLETED:20260110T000000Z"
  };
  private static final String[] COMPLETED_ONLY = {"COMPLETED:20260110T000000Z"};
  private static final String[] CREATED_ONLY = {"CREATED:20260110T000000Z"};
  private static final String[] NO_DATE = {"SUMMARY:Someday"};

  static Stream<Arguments> table() {
    return Stream.of(
        // (start <= DTSTART+DURATION) AND ((end > DTSTART) OR (end >= DTSTART+DURATION))
        row("DTSTART+DURATION, range starts at the end", DTSTART_DURATION,
            "20260105T100000Z", "20260105T110000Z", true),
        row("DTSTART+DURATION, range starts after the end", DTSTART_DURATION,
            "20260105T100001Z", "20260105T110000Z", false),
        row("DTSTART+DURATION, range ends at DTSTART", DTSTART_DURATION,
            "20260105T080000Z", "20260105T090000Z", false),
        row("DTSTART+DURATION, range ends just after DTSTART", DTSTART_DURATION,
            "20260105T080000Z", "20260105T090001Z", true),
        row("DTSTART+PT0S, range ends at DTSTART", DTSTART_ZERO_DURATION,
            "20260105T080000Z", "20260105T090000Z", true),
        row("DTSTART+PT0S, range starts at DTSTART", DTSTART_ZERO_DURATION,
            "20260105T090000Z", "20260105T100000Z", true),
        row("DTSTART+PT0S, range starts after", DTSTART_ZERO_DURATION,
            "20260105T090001Z", "20260105T100000Z", false),
        // ((start < DUE) OR (start <= DTSTART)) AND ((end > DTSTART) OR (end >= DUE))
        row("DTSTART+DUE, range starts just before DUE", DTSTART_DUE,
            "20260105T095959Z", "20260105T110000Z", true),
        row("DTSTART+DUE, range starts at DUE", DTSTART_DUE,
            "20260105T100000Z", "20260105T110000Z", false),
        row("DTSTART+DUE, range ends at DTSTART", DTSTART_DUE,
            "20260105T080000Z", "20260105T090000Z", false),
        row("DTSTART+DUE, range ends just after DTSTART", DTSTART_DUE,
            "20260105T080000Z", "20260105T090001Z", true),
        row("DTSTART=DUE, range ends at DUE", DTSTART_EQUALS_DUE,
            "20260105T080000Z", "20260105T090000Z", true),
        row("DTSTART=DUE, range starts at DTSTART", DTSTART_EQUALS_DUE,
            "20260105T090000Z", "20260105T100000Z", true),
        row("DTSTART=DUE, range starts after", DTSTART_EQUALS_DUE,
            "20260105T090001Z", "20260105T100000Z", false),
        row("DTSTART=DUE, range ends before", DTSTART_EQUALS_DUE,
            "20260105T080000Z", "20260105T085959Z", false),
        // (start <= DTSTART) AND (end > DTSTART)
        row("DTSTART only, range starts at DTSTART", DTSTART_ONLY,
            "20260105T090000Z", "20260105T100000Z", true),
        row("DTSTART only, range ends at DTSTART", DTSTART_ONLY,
            "20260105T080000Z", "20260105T090000Z", false),
        row("DTSTART only, range starts after", DTSTART_ONLY,
            "20260105T090001Z", "20260105T100000Z", false),
        row("DTSTART only, range open at the start", DTSTART_ONLY, null, "20260105T090001Z", true),
        // (start < DUE) AND (end >= DUE)
        row("DUE only, range ends at DUE", DUE_ONLY, "20260105T080000Z", "20260105T090000Z", true),
        row("DUE only, range starts at DUE", DUE_ONLY,
            "20260105T090000Z", "20260105T100000Z", false),
        row("DUE only, range ends before DUE", DUE_ONLY,
            "20260105T080000Z", "20260105T085959Z", false),
        row("DUE only, range open at the end", DUE_ONLY, "20260105T085959Z", null, true),
        // ((start <= CREATED) OR (start <= COMPLETED)) AND ((end >= CREATED) OR (end >= COMPLETED))
        row("COMPLETED+CREATED, range ends at CREATED", COMPLETED_CREATED,
            "20251231T000000Z", "20260101T000000Z", true),
        row("COMPLETED+CREATED, range starts at COMPLETED", COMPLETED_CREATED,
            "20260110T000000Z", "20260111T000000Z", true),
        row("COMPLETED+CREATED, range inside", COMPLETED_CREATED,
            "20260103T000000Z", "20260104T000000Z", true),
        row("COMPLETED+CREATED, range after", COMPLETED_CREATED,
            "20260110T000001Z", "20260111T000000Z", false),
        row("COMPLETED+CREATED, range before", COMPLETED_CREATED,
            "20251231T000000Z", "20251231T235959Z", false),
        // (start <= COMPLETED) AND (end >= COMPLETED)
        row("COMPLETED only, range ends at it", COMPLETED_ONLY,
            "20260109T000000Z", "20260110T000000Z", true),
        row("COMPLETED only, range starts at it", COMPLETED_ONLY,
            "20260110T000000Z", "20260111T000000Z", true),
        row("COMPLETED only, range after", COMPLETED_ONLY,
            "20260110T000001Z", "20260111T000000Z", false),
        row("COMPLETED only, range before", COMPLETED_ONLY,
            "20260109T000000Z", "20260109T235959Z", false),
        // (end > CREATED)
        row("CREATED only, range long after", CREATED_ONLY,
            "20300101T000000Z", "20300102T000000Z", true),
        row("CREATED only, range ends at CREATED", CREATED_ONLY,
            "20260109T000000Z", "20260110T000000Z", false),
        row("CREATED only, range ends just after", CREATED_ONLY,
            "20260109T000000Z", "20260110T000001Z", true),
        // TRUE
        row("no date, any range", NO_DATE, "19990101T000000Z", "19990102T000000Z", true),
        row("no date, open range", NO_DATE, null, "19990102T000000Z", true));
  }

  private static Arguments row(
      String name, String[] properties, String start, String end, boolean expected) {
    return Arguments.of(name, properties, range(start, end), expected);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("table")
  void matcher_and_instance_rows_follow_the_table(
      String name, String[] properties, TimeRange range, boolean expected) {
    CalendarObject task = todo(properties);

    assertThat(CalendarFilterMatcher.matches(task, inRange("VTODO", range)))
        .as("matcher")
        .isEqualTo(expected);
    InstanceIndex rows = task.instances(HORIZON);
    if (rows.exact()) {
      assertThat(Fixtures.storageMatches(rows, range)).as("instance rows").isEqualTo(expected);
    }
    if (expected) {
      assertThat(task.index().mayOverlap(range)).as("candidate by index columns").isTrue();
    }
  }

  /**
   * Rows storage may decide alone: a DTSTART+DUE task is a half-open period and a DTSTART-only task
   * an instant, as for events. The other rows have inclusive bounds the period rule cannot say, so
   * storage must hand them to the matcher.
   */
  @Test
  void only_the_rows_the_period_rule_can_say_are_exact() {
    assertThat(todo(DTSTART_DUE).instances(HORIZON).exact()).isTrue();
    assertThat(todo(DTSTART_ONLY).instances(HORIZON).exact()).isTrue();
    for (String[] inclusive :
        new String[][] {
          DTSTART_DURATION, DTSTART_ZERO_DURATION, DTSTART_EQUALS_DUE, DUE_ONLY,
          COMPLETED_CREATED, COMPLETED_ONLY, CREATED_ONLY, NO_DATE
        }) {
      assertThat(todo(inclusive).instances(HORIZON).exact())
          .as(String.join(" ", inclusive))
          .isFalse();
    }
  }

  @Test
  void a_recurring_task_matches_a_later_instance_with_its_due_shifted() {
    CalendarObject weekly =
        todo("DTSTART:20260105T090000Z", "DUE:20260105T170000Z", "RRULE:FREQ=WEEKLY;COUNT=4");

    Map<TimeRange, Boolean> expected =
        Map.of(
            range("20260119T160000Z", "20260119T163000Z"), true,
            range("20260119T170000Z", "20260119T180000Z"), false,
            range("20260119T080000Z", "20260119T090000Z"), false,
            range("20260126T080000Z", "20260126T090001Z"), true,
            range("20260202T080000Z", "20260203T000000Z"), false);
    expected.forEach(
        (range, matches) -> {
          assertThat(CalendarFilterMatcher.matches(weekly, inRange("VTODO", range)))
              .as("matcher in %s", range)
              .isEqualTo(matches);
          assertThat(Fixtures.storageMatches(weekly.instances(HORIZON), range))
              .as("rows in %s", range)
              .isEqualTo(matches);
        });
  }

  @Test
  void a_recurring_task_due_when_it_starts_matches_a_range_ending_on_a_later_due() {
    CalendarObject daily =
        todo("DTSTART:20260105T070000Z", "DUE:20260105T070000Z", "RRULE:FREQ=DAILY;COUNT=10");

    TimeRange endingOnTheFourthDue = range("20260108T060000Z", "20260108T070000Z");
    TimeRange afterTheLast = range("20260115T070000Z", "20260116T000000Z");

    assertThat(CalendarFilterMatcher.matches(daily, inRange("VTODO", endingOnTheFourthDue)))
        .isTrue();
    assertThat(CalendarFilterMatcher.matches(daily, inRange("VTODO", afterTheLast))).isFalse();
    assertThat(daily.instances(HORIZON).exact()).isFalse();
  }
}
