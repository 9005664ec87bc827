package dev.partage.ical;

import static dev.partage.ical.Fixtures.calendar;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** What real clients send parses, and the stored text is never rewritten. */
class CalendarObjectParseTest {

  private static final String EVENT =
      calendar(
          "BEGIN:VEVENT",
          "UID:lunch@example.com",
          "DTSTAMP:20260101T000000Z",
          "DTSTART:20260105T120000Z",
          "DURATION:PT1H",
          "SUMMARY:Lunch with a very long description that a client folded over",
          "  two lines",
          "X-MOZ-GENERATION;X-PARAM=1:3",
          "END:VEVENT");

  @Test
  void crlf_body_parses_and_is_kept_as_sent() {
    CalendarObject object = CalendarObject.parse(EVENT);

    assertThat(object.text()).isSameAs(EVENT);
    assertThat(object.uid()).isEqualTo("lunch@example.com");
    assertThat(object.componentType()).isEqualTo("VEVENT");
  }

  @Test
  void lf_only_body_with_folded_lines_parses_and_is_kept_as_sent() {
    String lfOnly = EVENT.replace("\r\n", "\n");

    CalendarObject object = CalendarObject.parse(lfOnly);

    assertThat(object.text()).isEqualTo(lfOnly);
    assertThat(object.calendar().getComponents().getFirst().getProperty("SUMMARY").get().getValue())
        .isEqualTo("Lunch with a very long description that a client folded over two lines");
  }

  @Test
  void tzid_naming_an_iana_zone_without_vtimezone_is_accepted() {
    assertThatCode(
            () ->
                CalendarObject.parse(
                    calendar(
                        "BEGIN:VEVENT",
                        "UID:a",
                        "DTSTAMP:20260101T000000Z",
                        "DTSTART;TZID=Europe/Paris:20260105T090000",
                        "END:VEVENT")))
        .doesNotThrowAnyException();
  }

  @Test
  void a_utc_time_that_also_names_a_tzid_is_read_as_utc_and_kept_as_sent() {
    // python3-caldav 0.11 writes this for todo.complete() with an aware UTC datetime.
    String completed = calendar(
        "BEGIN:VTODO",
        "UID:t",
        "DTSTAMP:20260101T000000Z",
        "DUE;TZID=Europe/Paris:20270405T120000",
        "COMPLETED;TZID=UTC;VALUE=DATE-TIME:20270405T160000Z",
        "STATUS:COMPLETED",
        "END:VTODO");

    CalendarObject object = CalendarObject.parse(completed);

    assertThat(object.text()).isSameAs(completed);
    assertThat(object.calendar().getComponents().getFirst().getProperty("COMPLETED").get().getValue())
        .isEqualTo("20270405T160000Z");
    assertThat(object.calendar().getComponents().getFirst().getProperty("DUE").get().getParameters().toString())
        .contains("Europe/Paris");
  }

  @Test
  void a_set_of_overrides_without_master_is_accepted() {
    // What a client stores for the single instances of a series an attendee was invited to.
    CalendarObject object =
        CalendarObject.parse(
            calendar(
                "BEGIN:VEVENT",
                "UID:series",
                "DTSTAMP:20260101T000000Z",
                "RECURRENCE-ID:20260112T090000Z",
                "DTSTART:20260112T100000Z",
                "END:VEVENT"));

    assertThat(object.isRecurring()).isTrue();
    assertThat(object.index().firstStart()).isEqualTo(Fixtures.utc("20260112T100000Z"));
  }

  @Test
  void a_supported_component_passes_the_collection_check() {
    assertThatCode(() -> CalendarObject.parse(EVENT).requireComponentIn(Set.of("VEVENT", "VTODO")))
        .doesNotThrowAnyException();
  }
}
