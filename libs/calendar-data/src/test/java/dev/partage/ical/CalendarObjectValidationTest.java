package dev.partage.ical;

import static dev.partage.ical.Fixtures.calendar;
import static dev.partage.ical.InvalidCalendarDataException.SUPPORTED_CALENDAR_COMPONENT;
import static dev.partage.ical.InvalidCalendarDataException.VALID_CALENDAR_DATA;
import static dev.partage.ical.InvalidCalendarDataException.VALID_CALENDAR_OBJECT_RESOURCE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** Refusals per RFC 4791 sections 4.1 and 5.3.2.1: the right precondition and a usable message. */
class CalendarObjectValidationTest {

  private static InvalidCalendarDataException refusal(String text) {
    return catchThrowableOfType(
        InvalidCalendarDataException.class, () -> CalendarObject.parse(text));
  }

  private static final String EVENT_A =
      "BEGIN:VEVENT\r\nUID:a\r\nDTSTAMP:20260101T000000Z\r\nDTSTART:20260105T090000Z\r\nEND:VEVENT";

  @Test
  void garbage_is_not_calendar_data() {
    InvalidCalendarDataException error = refusal("this is not iCalendar");

    assertThat(error.condition()).isEqualTo(VALID_CALENDAR_DATA);
    assertThat(error.getMessage()).contains("not valid iCalendar");
  }

  @Test
  void an_empty_body_is_not_calendar_data() {
    assertThat(refusal("").condition()).isEqualTo(VALID_CALENDAR_DATA);
  }

  @Test
  void a_missing_version_is_not_calendar_data() {
    InvalidCalendarDataException error =
        refusal("BEGIN:VCALENDAR\r\nPRODID:x\r\n" + EVENT_A + "\r\nEND:VCALENDAR\r\n");

    assertThat(error.condition()).isEqualTo(VALID_CALENDAR_DATA);
    assertThat(error.getMessage()).contains("VERSION:2.0");
  }

  @Test
  void a_broken_date_is_not_calendar_data() {
    InvalidCalendarDataException error =
        refusal(calendar("BEGIN:VEVENT", "UID:a", "DTSTART:20261345T090000Z", "END:VEVENT"));

    assertThat(error.condition()).isEqualTo(VALID_CALENDAR_DATA);
  }

  @Test
  void an_unknown_tzid_without_vtimezone_is_not_calendar_data() {
    InvalidCalendarDataException error =
        refusal(
            calendar(
                "BEGIN:VEVENT",
                "UID:a",
                "DTSTART;TZID=Mars/Olympus:20260105T090000",
                "END:VEVENT"));

    assertThat(error.condition()).isEqualTo(VALID_CALENDAR_DATA);
    assertThat(error.getMessage())
        .isEqualTo(
            "The VEVENT DTSTART value uses TZID Mars/Olympus, which names no VTIMEZONE in the"
                + " object and no known time zone; include its VTIMEZONE.");
  }

  @Test
  void an_event_ending_before_it_starts_is_not_calendar_data() {
    InvalidCalendarDataException error =
        refusal(
            calendar(
                "BEGIN:VEVENT",
                "UID:a",
                "DTSTART:20260105T090000Z",
                "DTEND:20260105T080000Z",
                "END:VEVENT"));

    assertThat(error.condition()).isEqualTo(VALID_CALENDAR_DATA);
    assertThat(error.getMessage()).contains("ends").contains("before it starts");
  }

  @Test
  void an_event_without_dtstart_is_not_calendar_data() {
    assertThat(
            refusal(calendar("BEGIN:VEVENT", "UID:a", "SUMMARY:when?", "END:VEVENT")).condition())
        .isEqualTo(VALID_CALENDAR_DATA);
  }

  @Test
  void two_uids_are_refused_with_both_named() {
    String eventB = EVENT_A.replace("UID:a", "UID:b");

    InvalidCalendarDataException error = refusal(calendar(EVENT_A, eventB));

    assertThat(error.condition()).isEqualTo(VALID_CALENDAR_OBJECT_RESOURCE);
    assertThat(error.getMessage())
        .contains("more than one UID (a, b)")
        .contains("RFC 4791 section 4.1");
  }

  @Test
  void a_method_property_is_refused() {
    String text = calendar(EVENT_A).replace("VERSION:2.0\r\n", "VERSION:2.0\r\nMETHOD:REQUEST\r\n");

    assertThat(refusal(text).condition()).isEqualTo(VALID_CALENDAR_OBJECT_RESOURCE);
  }

  @Test
  void a_missing_uid_is_refused() {
    InvalidCalendarDataException error =
        refusal(calendar("BEGIN:VEVENT", "DTSTART:20260105T090000Z", "END:VEVENT"));

    assertThat(error.condition()).isEqualTo(VALID_CALENDAR_OBJECT_RESOURCE);
    assertThat(error.getMessage()).startsWith("A VEVENT component has no UID;");
  }

  @Test
  void mixed_component_types_are_refused() {
    String todo = "BEGIN:VTODO\r\nUID:a\r\nDTSTAMP:20260101T000000Z\r\nEND:VTODO";

    InvalidCalendarDataException error = refusal(calendar(EVENT_A, todo));

    assertThat(error.condition()).isEqualTo(VALID_CALENDAR_OBJECT_RESOURCE);
    assertThat(error.getMessage()).contains("VEVENT and VTODO");
  }

  @Test
  void a_second_component_without_recurrence_id_is_refused() {
    InvalidCalendarDataException error = refusal(calendar(EVENT_A, EVENT_A));

    assertThat(error.condition()).isEqualTo(VALID_CALENDAR_OBJECT_RESOURCE);
    assertThat(error.getMessage()).startsWith("The calendar object has 2 VEVENT components without");
  }

  @Test
  void a_calendar_with_only_a_timezone_is_refused() {
    assertThat(refusal(calendar(Fixtures.PARIS_TIMEZONE)).condition())
        .isEqualTo(VALID_CALENDAR_OBJECT_RESOURCE);
  }

  @Test
  void a_component_type_outside_the_collection_set_is_refused() {
    CalendarObject event = CalendarObject.parse(calendar(EVENT_A));

    InvalidCalendarDataException error =
        catchThrowableOfType(
            InvalidCalendarDataException.class, () -> event.requireComponentIn(Set.of("VTODO")));

    assertThat(error.condition()).isEqualTo(SUPPORTED_CALENDAR_COMPONENT);
    assertThat(error.getMessage())
        .isEqualTo(
            "This collection holds only tasks (VTODO), not events (VEVENT); store it in a"
                + " collection that does.");
  }

  @Test
  void a_task_list_takes_tasks_and_a_mixed_calendar_names_all_it_holds() {
    CalendarObject task =
        CalendarObject.parse(
            calendar("BEGIN:VTODO", "UID:t", "DTSTAMP:20260101T000000Z", "END:VTODO"));
    CalendarObject journal =
        CalendarObject.parse(
            calendar("BEGIN:VJOURNAL", "UID:j", "DTSTAMP:20260101T000000Z", "END:VJOURNAL"));

    task.requireComponentIn(Set.of("VTODO"));
    assertThat(
            catchThrowableOfType(
                    InvalidCalendarDataException.class,
                    () -> journal.requireComponentIn(Set.of("VTODO", "VEVENT")))
                .getMessage())
        .startsWith("This collection holds only events (VEVENT) and tasks (VTODO), not journal");
  }
}
