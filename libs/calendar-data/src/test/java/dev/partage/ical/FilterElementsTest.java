package dev.partage.ical;

import static dev.partage.ical.Fixtures.parse;
import static dev.partage.ical.Fixtures.range;
import static dev.partage.ical.Fixtures.rfc;
import static dev.partage.ical.Fixtures.vcalendar;
import static org.assertj.core.api.Assertions.assertThat;

import dev.partage.dav.caldav.filter.CompFilter;
import dev.partage.dav.caldav.filter.ParamFilter;
import dev.partage.dav.caldav.filter.PropFilter;
import dev.partage.dav.caldav.filter.TimeRange;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * comp-filter, prop-filter and param-filter elements of RFC 4791 section 9.7 beyond the RFC
 * examples.
 */
class FilterElementsTest {

  private static CompFilter comp(
      String name, TimeRange range, List<PropFilter> props, List<CompFilter> comps) {
    return new CompFilter(name, false, range, props, comps);
  }

  private static CompFilter absent(String name) {
    return new CompFilter(name, true, null, List.of(), List.of());
  }

  @Test
  void comp_filter_is_not_defined_asks_for_absence() {
    CompFilter noAlarm = vcalendar(comp("VTODO", null, List.of(), List.of(absent("VALARM"))));

    assertThat(CalendarFilterMatcher.matches(rfc("abcd6"), noAlarm)).isTrue();
    assertThat(CalendarFilterMatcher.matches(rfc("abcd4"), noAlarm)).isFalse();
  }

  @Test
  void param_filter_is_not_defined_asks_for_absence() {
    PropFilter organizerWithoutPartstat =
        new PropFilter(
            "ORGANIZER", false, null, null, List.of(new ParamFilter("PARTSTAT", true, null)));
    PropFilter attendeeWithoutPartstat =
        new PropFilter(
            "ATTENDEE", false, null, null, List.of(new ParamFilter("partstat", true, null)));

    assertThat(
            CalendarFilterMatcher.matches(
                rfc("abcd3"),
                vcalendar(comp("VEVENT", null, List.of(organizerWithoutPartstat), List.of()))))
        .isTrue();
    assertThat(
            CalendarFilterMatcher.matches(
                rfc("abcd3"),
                vcalendar(comp("VEVENT", null, List.of(attendeeWithoutPartstat), List.of()))))
        .isFalse();
  }

  @Test
  void prop_filter_time_range_tests_the_property_value() {
    PropFilter modifiedEarlyFebruary =
        new PropFilter(
            "LAST-MODIFIED", false, range("20060206T000000Z", "20060207T000000Z"), null, List.of());
    PropFilter dueOnJanuary4 =
        new PropFilter(
            "DUE", false, range("20060104T120000Z", "20060104T130000Z"), null, List.of());

    assertThat(
            CalendarFilterMatcher.matches(
                rfc("abcd3"),
                vcalendar(comp("VEVENT", null, List.of(modifiedEarlyFebruary), List.of()))))
        .isTrue();
    assertThat(
            CalendarFilterMatcher.matches(
                rfc("abcd1"),
                vcalendar(comp("VEVENT", null, List.of(modifiedEarlyFebruary), List.of()))))
        .isFalse();
    // A DATE value covers its whole day.
    assertThat(
            CalendarFilterMatcher.matches(
                rfc("abcd4"), vcalendar(comp("VTODO", null, List.of(dueOnJanuary4), List.of()))))
        .isTrue();
  }

  @Test
  void prop_filter_is_not_defined_on_the_calendar_itself() {
    CompFilter noMethod =
        new CompFilter(
            "VCALENDAR",
            false,
            null,
            List.of(new PropFilter("METHOD", true, null, null, List.of())),
            List.of());

    assertThat(CalendarFilterMatcher.matches(rfc("abcd1"), noMethod)).isTrue();
  }

  @Test
  void a_root_other_than_vcalendar_matches_nothing() {
    assertThat(
            CalendarFilterMatcher.matches(rfc("abcd1"), comp("VEVENT", null, List.of(), List.of())))
        .isFalse();
  }

  @Test
  void alarm_of_a_recurring_event_fires_for_a_later_instance() {
    CalendarObject weekly =
        parse(
            "BEGIN:VEVENT",
            "UID:alarm",
            "DTSTAMP:20260101T000000Z",
            "DTSTART:20260105T090000Z",
            "DURATION:PT1H",
            "RRULE:FREQ=WEEKLY;COUNT=4",
            "BEGIN:VALARM",
            "ACTION:DISPLAY",
            "DESCRIPTION:Reminder",
            "TRIGGER:-PT15M",
            "REPEAT:1",
            "DURATION:PT5M",
            "END:VALARM",
            "END:VEVENT");
    CompFilter alarmAt =
        vcalendar(
            comp(
                "VEVENT",
                null,
                List.of(),
                List.of(
                    comp(
                        "VALARM",
                        range("20260119T084900Z", "20260119T085100Z"),
                        List.of(),
                        List.of()))));
    CompFilter repeatAt =
        vcalendar(
            comp(
                "VEVENT",
                null,
                List.of(),
                List.of(
                    comp(
                        "VALARM",
                        range("20260119T085000Z", "20260119T085001Z"),
                        List.of(),
                        List.of()))));
    CompFilter noAlarmAt =
        vcalendar(
            comp(
                "VEVENT",
                null,
                List.of(),
                List.of(
                    comp(
                        "VALARM",
                        range("20260119T090000Z", "20260119T100000Z"),
                        List.of(),
                        List.of()))));

    assertThat(CalendarFilterMatcher.matches(weekly, alarmAt)).isTrue();
    assertThat(CalendarFilterMatcher.matches(weekly, repeatAt)).isTrue();
    assertThat(CalendarFilterMatcher.matches(weekly, noAlarmAt)).isFalse();
  }

  @Test
  void time_range_only_filters_are_recognised() {
    CompFilter timeRangeOnly =
        Fixtures.inRange("VEVENT", range("20060104T000000Z", "20060105T000000Z"));
    CompFilter withProperty =
        vcalendar(
            comp(
                "VEVENT",
                range("20060104T000000Z", "20060105T000000Z"),
                List.of(new PropFilter("UID", false, null, null, List.of())),
                List.of()));

    assertThat(CalendarFilterMatcher.isTimeRangeOnly(timeRangeOnly)).isTrue();
    assertThat(CalendarFilterMatcher.isTimeRangeOnly(withProperty)).isFalse();
    assertThat(CalendarFilterMatcher.isTimeRangeOnly(CompFilter.matchAll())).isFalse();
  }
}
