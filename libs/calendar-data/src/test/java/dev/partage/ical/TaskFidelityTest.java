package dev.partage.ical;

import static dev.partage.ical.Fixtures.inRange;
import static dev.partage.ical.Fixtures.range;
import static dev.partage.ical.Fixtures.vcalendar;
import static org.assertj.core.api.Assertions.assertThat;

import dev.partage.dav.caldav.filter.CompFilter;
import dev.partage.dav.caldav.filter.ParamFilter;
import dev.partage.dav.caldav.filter.PropFilter;
import dev.partage.dav.caldav.filter.TextMatch;
import dev.partage.dav.caldav.filter.TextMatch.Collation;
import dev.partage.dav.caldav.filter.TextMatch.MatchType;
import dev.partage.dav.caldav.filter.TimeRange;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Task properties of RFC 9253 (relations, links, concepts) and RFC 7986 (colour, image,
 * conference, calendar name), PERCENT-COMPLETE, an alarm on DUE, attachments by URI and unknown
 * parameters: parsed, indexed and matched without complaint, and written back by expand and
 * limit-recurrence-set exactly as the client sent them.
 */
class TaskFidelityTest {

  private static final String[] CALENDAR_PROPERTIES = {
    "NAME:Chores",
    "REFRESH-INTERVAL;VALUE=DURATION:P1W",
    "COLOR:turquoise",
    "SOURCE;VALUE=URI:https://example.com/chores.ics",
    "IMAGE;VALUE=URI;DISPLAY=BADGE;FMTTYPE=image/png:https://example.com/chores.png"
  };

  private static final String[] TASK_PROPERTIES = {
    "SUMMARY:Paint the fence",
    "DTSTART:20260105T090000Z",
    "DUE:20260105T170000Z",
    "RRULE:FREQ=WEEKLY;COUNT=2",
    "PERCENT-COMPLETE:40",
    "RELATED-TO;RELTYPE=PARENT:garden-project",
    "RELATED-TO;RELTYPE=CHILD:buy-paint",
    "RELATED-TO;RELTYPE=SIBLING:mow-lawn",
    "RELATED-TO;RELTYPE=DEPENDS-ON;GAP=PT1H:buy-paint",
    "RELATED-TO;VALUE=URI;RELTYPE=FINISHTOSTART:urn:uuid:9b7e-44a1",
    "LINK;LINKREL=\"https://example.com/linkrel/derivedFrom\";VALUE=URI:https://example.com/plan",
    "LINK;LINKREL=latest-version;LABEL=Spec;VALUE=UID:plan-v2",
    "CONCEPT:https://example.com/concepts/outdoor",
    "REFID:fence-2026",
    "COLOR:dark-orange",
    "CONFERENCE;VALUE=URI;FEATURE=PHONE,MODERATOR;LABEL=Moderator dial-in:tel:+1-412-555-0123,,,654321",
    "ATTACH;VALUE=URI;FMTTYPE=application/pdf:https://example.com/fence-colours.pdf",
    "X-TASKS-ORG-ORDER;X-SOURCE=\"app:tasks\";UNKNOWN-PARAM=kept:7"
  };

  private static final String[] ALARM = {
    "BEGIN:VALARM",
    "ACTION:DISPLAY",
    "DESCRIPTION:Fence is due",
    "TRIGGER;RELATED=END:-PT30M",
    "END:VALARM"
  };

  private static final CalendarObject TASK = CalendarObject.parse(text());

  private static final TimeRange JANUARY = range("20260101T000000Z", "20260201T000000Z");

  private static String text() {
    List<String> lines = new ArrayList<>(List.of(CALENDAR_PROPERTIES));
    lines.addAll(List.of("BEGIN:VTODO", "UID:fence", "DTSTAMP:20260101T000000Z"));
    lines.addAll(List.of(TASK_PROPERTIES));
    lines.addAll(List.of(ALARM));
    lines.add("END:VTODO");
    return Fixtures.calendar(lines.toArray(String[]::new));
  }

  /** The text of {@code calendarData} with continuation lines joined (RFC 5545 section 3.1). */
  private static String unfolded(String calendarData) {
    return calendarData.replace("\r\n ", "");
  }

  private static int occurrences(String text, String part) {
    int count = 0;
    for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
      count++;
    }
    return count;
  }

  @Test
  void parses_and_indexes_as_a_task() {
    assertThat(TASK.componentType()).isEqualTo("VTODO");
    assertThat(TASK.index().uid()).isEqualTo("fence");
    assertThat(TASK.text()).isEqualTo(text());
  }

  @Test
  void matches_a_time_range_and_the_subtasks_of_a_parent() {
    PropFilter childOfGarden =
        new PropFilter(
            "RELATED-TO",
            false,
            null,
            new TextMatch("garden-project", Collation.OCTET, false, MatchType.CONTAINS),
            List.of(
                new ParamFilter(
                    "RELTYPE",
                    false,
                    new TextMatch("PARENT", Collation.ASCII_CASEMAP, false, MatchType.CONTAINS))));
    CompFilter subtasks = vcalendar(Fixtures.component("VTODO", childOfGarden));

    assertThat(CalendarFilterMatcher.matches(TASK, inRange("VTODO", JANUARY))).isTrue();
    assertThat(CalendarFilterMatcher.matches(TASK, subtasks)).isTrue();
  }

  @Test
  void expand_keeps_every_property_as_written() {
    String expanded = unfolded(RecurrenceExpander.expand(TASK, JANUARY));

    for (String line : CALENDAR_PROPERTIES) {
      assertThat(expanded).contains("\r\n" + line + "\r\n");
    }
    for (String line : TASK_PROPERTIES) {
      if (!line.startsWith("DTSTART") && !line.startsWith("DUE") && !line.startsWith("RRULE")) {
        assertThat(occurrences(expanded, "\r\n" + line + "\r\n")).as(line).isEqualTo(2);
      }
    }
    assertThat(expanded).contains("\r\n" + String.join("\r\n", ALARM) + "\r\n");
    assertThat(CalendarObject.parse(expanded).componentType()).isEqualTo("VTODO");
  }

  @Test
  void limit_recurrence_set_keeps_the_object_as_written() {
    assertThat(unfolded(RecurrenceExpander.limitRecurrenceSet(TASK, JANUARY)))
        .isEqualTo(TASK.text());
  }
}
