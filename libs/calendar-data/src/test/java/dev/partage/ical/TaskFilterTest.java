package dev.partage.ical;

import static dev.partage.ical.Fixtures.parse;
import static dev.partage.ical.Fixtures.todo;
import static dev.partage.ical.Fixtures.vcalendar;
import static org.assertj.core.api.Assertions.assertThat;

import dev.partage.dav.caldav.filter.CompFilter;
import dev.partage.dav.caldav.filter.PropFilter;
import dev.partage.dav.caldav.filter.TextMatch;
import dev.partage.dav.caldav.filter.TextMatch.Collation;
import dev.partage.dav.caldav.filter.TextMatch.MatchType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The prop-filters task clients send in a calendar-query (RFC 4791 sections 7.8.9, 9.7.2). */
class TaskFilterTest {

  private static final CalendarObject PENDING =
      todo("SUMMARY:Write report", "STATUS:NEEDS-ACTION", "PRIORITY:1");
  private static final CalendarObject DONE =
      todo(
          "SUMMARY:Write report",
          "STATUS:COMPLETED",
          "COMPLETED:20260110T120000Z",
          "PERCENT-COMPLETE:100",
          "PRIORITY:5");
  private static final CalendarObject CANCELLED = todo("SUMMARY:Write report", "STATUS:CANCELLED");
  private static final CalendarObject WITHOUT_STATUS = todo("SUMMARY:Write report");

  private static PropFilter text(String property, String value, boolean negate) {
    return text(property, value, negate, Collation.ASCII_CASEMAP, MatchType.CONTAINS);
  }

  private static PropFilter text(
      String property, String value, boolean negate, Collation collation, MatchType type) {
    return new PropFilter(
        property, false, null, new TextMatch(value, collation, negate, type), List.of());
  }

  private static PropFilter undefined(String property) {
    return new PropFilter(property, true, null, null, List.of());
  }

  private static CompFilter todos(PropFilter... filters) {
    return vcalendar(Fixtures.component("VTODO", filters));
  }

  private static boolean matches(CalendarObject task, PropFilter... filters) {
    return CalendarFilterMatcher.matches(task, todos(filters));
  }

  @Test
  void status_equal_to_needs_action() {
    PropFilter needsAction = text("STATUS", "NEEDS-ACTION", false);

    assertThat(matches(PENDING, needsAction)).isTrue();
    assertThat(matches(DONE, needsAction)).isFalse();
    assertThat(matches(WITHOUT_STATUS, needsAction)).isFalse();
  }

  /**
   * Section 9.7.2: a text-match, negated or not, tests a property that exists; a task without
   * STATUS does not match "STATUS not COMPLETED". python-caldav knows and asks a second query
   * for STATUS is-not-defined.
   */
  @Test
  void status_not_completed_needs_a_status() {
    PropFilter notCompleted = text("STATUS", "COMPLETED", true);

    assertThat(matches(PENDING, notCompleted)).isTrue();
    assertThat(matches(CANCELLED, notCompleted)).isTrue();
    assertThat(matches(DONE, notCompleted)).isFalse();
    assertThat(matches(WITHOUT_STATUS, notCompleted)).isFalse();
  }

  /**
   * The three queries python-caldav sends for {@code todos()} (caldav/search.py,
   * build_search_xml_query, the ignore_completed1..3 hacks): their union is the pending tasks.
   */
  @Test
  void python_caldav_pending_tasks_queries() {
    PropFilter[] ignoreCompleted1 = {
      undefined("COMPLETED"), text("STATUS", "COMPLETED", true), text("STATUS", "CANCELLED", true)
    };
    PropFilter[] ignoreCompleted2 = {undefined("COMPLETED"), undefined("STATUS")};
    PropFilter[] ignoreCompleted3 = {text("STATUS", "NEEDS-ACTION", false)};

    assertThat(matches(PENDING, ignoreCompleted1)).isTrue();
    assertThat(matches(DONE, ignoreCompleted1)).isFalse();
    assertThat(matches(CANCELLED, ignoreCompleted1)).isFalse();
    assertThat(matches(WITHOUT_STATUS, ignoreCompleted1)).isFalse();
    assertThat(matches(WITHOUT_STATUS, ignoreCompleted2)).isTrue();
    assertThat(matches(PENDING, ignoreCompleted2)).isFalse();
    assertThat(matches(DONE, ignoreCompleted2)).isFalse();
    assertThat(matches(PENDING, ignoreCompleted3)).isTrue();
    assertThat(matches(DONE, ignoreCompleted3)).isFalse();
  }

  @Test
  void completed_is_not_defined_keeps_pending_tasks() {
    assertThat(matches(PENDING, undefined("COMPLETED"))).isTrue();
    assertThat(matches(WITHOUT_STATUS, undefined("COMPLETED"))).isTrue();
    assertThat(matches(DONE, undefined("COMPLETED"))).isFalse();
  }

  /** Its master is still pending: one completed occurrence does not hide the series. */
  @Test
  void a_series_with_one_completed_occurrence_is_still_pending() {
    CalendarObject series =
        parse(
            "BEGIN:VTODO",
            "UID:weekly",
            "DTSTAMP:20260101T000000Z",
            "DTSTART:20260105T090000Z",
            "DUE:20260105T100000Z",
            "RRULE:FREQ=WEEKLY",
            "STATUS:NEEDS-ACTION",
            "END:VTODO",
            "BEGIN:VTODO",
            "UID:weekly",
            "DTSTAMP:20260101T000000Z",
            "RECURRENCE-ID:20260105T090000Z",
            "DTSTART:20260105T090000Z",
            "DUE:20260105T100000Z",
            "STATUS:COMPLETED",
            "COMPLETED:20260105T093000Z",
            "PERCENT-COMPLETE:100",
            "END:VTODO");

    assertThat(matches(series, undefined("COMPLETED"), text("STATUS", "COMPLETED", true)))
        .isTrue();
    assertThat(matches(series, text("STATUS", "COMPLETED", false))).isTrue();
  }

  @Test
  void priority_text_match() {
    assertThat(matches(PENDING, text("PRIORITY", "1", false))).isTrue();
    assertThat(matches(DONE, text("PRIORITY", "1", false))).isFalse();
    assertThat(matches(WITHOUT_STATUS, undefined("PRIORITY"))).isTrue();
  }

  @Test
  void categories_are_matched_value_by_value() {
    CalendarObject filed = todo("CATEGORIES:work,urgent");
    CalendarObject work = todo("CATEGORIES:work");

    assertThat(matches(filed, text("CATEGORIES", "urgent", false))).isTrue();
    assertThat(matches(filed, text("CATEGORIES", "URG", false))).isTrue();
    assertThat(matches(filed, text("CATEGORIES", "urgent", true))).isFalse();
    assertThat(matches(work, text("CATEGORIES", "urgent", true))).isTrue();
    assertThat(matches(work, text("CATEGORIES", "urgent", false))).isFalse();
  }

  /**
   * CalDAV's text-match is a substring test; an equals test (CardDAV's match-type, which the
   * shared TextMatch carries) holds when one category is that text, as in Radicale.
   */
  @Test
  void categories_equal_one_of_the_values() {
    CalendarObject filed = todo("CATEGORIES:work,urgent");

    assertThat(matches(filed, text("CATEGORIES", "urgent", false, null, MatchType.EQUALS)))
        .isTrue();
    assertThat(matches(filed, text("CATEGORIES", "urg", false, null, MatchType.EQUALS))).isFalse();
    assertThat(matches(filed, text("CATEGORIES", "work,urgent", false, null, MatchType.EQUALS)))
        .isFalse();
  }

  @Test
  void an_escaped_comma_stays_inside_its_category() {
    CalendarObject filed = todo("CATEGORIES:R\\,D,urgent");

    assertThat(matches(filed, text("CATEGORIES", "r,d", false, null, MatchType.EQUALS))).isTrue();
  }

  @Test
  void categories_in_separate_properties() {
    CalendarObject filed = todo("CATEGORIES:work", "CATEGORIES:urgent");

    assertThat(matches(filed, text("CATEGORIES", "urgent", false))).isTrue();
  }

  @Test
  void summary_and_description_with_unicode_casemap() {
    CalendarObject task =
        todo("SUMMARY:Réunion d'équipe", "DESCRIPTION:Préparer l'ordre du jour\\, puis l'envoyer");

    assertThat(matches(task, text("SUMMARY", "RÉUNION", false, Collation.UNICODE_CASEMAP, null)))
        .isTrue();
    assertThat(matches(task, text("SUMMARY", "RÉUNION", false, Collation.ASCII_CASEMAP, null)))
        .isFalse();
    assertThat(
            matches(
                task,
                text("DESCRIPTION", "JOUR, PUIS", false, Collation.UNICODE_CASEMAP, null)))
        .isTrue();
  }
}
