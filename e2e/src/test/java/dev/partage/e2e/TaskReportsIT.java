package dev.partage.e2e;

import static dev.partage.e2e.support.Xml.CALDAV;
import static dev.partage.e2e.support.Xml.DAV;
import static org.assertj.core.api.Assertions.assertThat;

import dev.partage.e2e.StackExtension.Stack;
import dev.partage.e2e.support.Dav;
import dev.partage.e2e.support.Ics;
import dev.partage.e2e.support.Multistatus;
import dev.partage.e2e.support.Tasks;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The reports on a task list: calendar-multiget (RFC 4791 section 7.9), sync-collection (RFC
 * 6578) and calendar-query over VTODO (RFC 4791 sections 7.8 and 9.9), as task apps send them.
 */
@ExtendWith(StackExtension.class)
class TaskReportsIT {

  /** The range of the time-range test: Monday 2 and Tuesday 3 November 2026, UTC. */
  private static final String RANGE_START = "20261102T000000Z";
  private static final String RANGE_END = "20261104T000000Z";

  /** The occurrence {@link Tasks#weeklyWithOneDone} completes, 9:00 in Paris on 9 March 2026. */
  private static final String TICKED_OCCURRENCE = "20260309T080000Z";

  /** One task of the time-range test and whether [RANGE_START, RANGE_END) must match it. */
  private record Row(String name, boolean inRange, String... properties) {}

  /** RFC 4791 section 9.9, the VTODO table: per kind of task, rows in the range and out of it. */
  private static final List<Row> TIME_RANGE_ROWS =
      List.of(
          // DTSTART and DURATION: (start <= DTSTART+DURATION) AND ((end > DTSTART) OR ...).
          new Row("duration-into", true, "DTSTART:20261101T230000Z", "DURATION:PT2H"),
          new Row("duration-before", false, "DTSTART:20261101T200000Z", "DURATION:PT2H"),
          // DTSTART and DUE: ((start < DUE) OR (start <= DTSTART)) AND ((end > DTSTART) OR ...).
          new Row("spanning", true, "DTSTART:20261020T090000Z", "DUE:20261120T170000Z"),
          new Row("due-before", false, "DTSTART:20261020T090000Z", "DUE:20261101T170000Z"),
          // DTSTART only: (start <= DTSTART) AND (end > DTSTART).
          new Row("start-inside", true, "DTSTART:20261103T090000Z"),
          new Row("start-at-end", false, "DTSTART:" + RANGE_END),
          // DUE only: (start < DUE) AND (end >= DUE); both bounds are edges worth a row.
          new Row("due-inside", true, "DUE:20261103T120000Z"),
          new Row("due-at-end", true, "DUE:" + RANGE_END),
          new Row("due-at-start", false, "DUE:" + RANGE_START),
          // COMPLETED and CREATED: ((start <= CREATED) OR (start <= COMPLETED)) AND (...).
          new Row("worked-through", true, "CREATED:20261020T090000Z", "STATUS:COMPLETED",
              "COMPLETED:20261110T090000Z"),
          new Row("worked-before", false, "CREATED:20261020T090000Z", "STATUS:COMPLETED",
              "COMPLETED:20261025T090000Z"),
          // COMPLETED only: (start <= COMPLETED) AND (end >= COMPLETED).
          new Row("completed-inside", true, "STATUS:COMPLETED", "COMPLETED:20261102T080000Z"),
          new Row("completed-after", false, "STATUS:COMPLETED", "COMPLETED:20261105T080000Z"),
          // CREATED only: (end > CREATED), however long ago it was created.
          new Row("created-before", true, "CREATED:20261001T090000Z"),
          new Row("created-after", false, "CREATED:20261201T090000Z"),
          // None of DTSTART, DURATION, DUE, COMPLETED, CREATED: every range matches.
          new Row("undated", true, "SUMMARY:Someday"),
          // A recurring task matches through an occurrence: Mondays from 5 October, 2 November in.
          new Row("weekly-in", true, "DTSTART:20261005T090000Z", "DUE:20261005T170000Z",
              "RRULE:FREQ=WEEKLY;COUNT=10"),
          new Row("weekly-ended", false, "DTSTART:20261005T090000Z", "DUE:20261005T170000Z",
              "RRULE:FREQ=WEEKLY;COUNT=4"));

  @Test
  void multigetAnswersEachTaskAndA404ForTheMissingOne(Stack stack) {
    Dav gilles = Dav.as(stack, Dav.GILLES);
    String list = gilles.newTaskList("multiget");
    String first = Tasks.task("multiget-1", "SUMMARY:First", "STATUS:NEEDS-ACTION");
    String firstTag = gilles.create(list + "first.ics", first);
    String weekly = Tasks.weeklyWithOneDone("multiget-weekly");
    String weeklyTag = gilles.create(list + "weekly.ics", weekly);

    Multistatus answer =
        gilles.report(list, "1",
            """
            <c:calendar-multiget xmlns:d="DAV:" xmlns:c="urn:ietf:params:xml:ns:caldav">
              <d:prop><d:getetag/><c:calendar-data/></d:prop>
              <d:href>%1$sfirst.ics</d:href>
              <d:href>%1$sweekly.ics</d:href>
              <d:href>%1$smissing.ics</d:href>
            </c:calendar-multiget>"""
                .formatted(list));

    assertThat(answer.hrefs())
        .containsExactlyInAnyOrder(list + "first.ics", list + "weekly.ics", list + "missing.ics");
    assertThat(answer.entry(list + "first.ics").okText(DAV, "getetag")).isEqualTo(firstTag);
    assertThat(answer.entry(list + "first.ics").ok(CALDAV, "calendar-data").getTextContent())
        .isEqualTo(first);
    assertThat(answer.entry(list + "weekly.ics").okText(DAV, "getetag")).isEqualTo(weeklyTag);
    assertThat(answer.entry(list + "weekly.ics").ok(CALDAV, "calendar-data").getTextContent())
        .isEqualTo(weekly);
    // RFC 4791 section 7.9: a missing resource is a DAV:response with a 404 status, no propstat.
    assertThat(answer.entry(list + "missing.ics").status()).contains(404);
    assertThat(answer.entry(list + "missing.ics").properties()).isEmpty();
  }

  @Test
  void syncCollectionListsEverythingThenOnlyTheChangesWithATombstone(Stack stack) {
    Dav gilles = Dav.as(stack, Dav.GILLES);
    String list = gilles.newTaskList("sync");
    gilles.create(list + "kept.ics", Tasks.task("kept", "SUMMARY:Kept"));
    gilles.create(list + "ticked.ics",
        Tasks.task("ticked", "SUMMARY:Ticked", "STATUS:NEEDS-ACTION"));
    gilles.create(list + "deleted.ics", Tasks.task("deleted", "SUMMARY:Deleted"));

    Multistatus initial = sync(gilles, list, "");
    assertThat(initial.hrefs())
        .containsExactlyInAnyOrder(list + "kept.ics", list + "ticked.ics", list + "deleted.ics");
    String token = initial.syncToken().orElseThrow();

    String tickedTag =
        gilles.request().contentType(Dav.ICALENDAR)
            .body(Tasks.task("ticked", "SUMMARY:Ticked", "STATUS:COMPLETED",
                "COMPLETED:20261102T100000Z", "PERCENT-COMPLETE:100"))
            .put(list + "ticked.ics").then().statusCode(204).extract().header("ETag");
    gilles.request().delete(list + "deleted.ics").then().statusCode(204);
    String addedTag = gilles.create(list + "added.ics", Tasks.task("added", "SUMMARY:Added"));

    Multistatus changes = sync(gilles, list, token);
    assertThat(changes.hrefs())
        .containsExactlyInAnyOrder(list + "ticked.ics", list + "deleted.ics", list + "added.ics");
    assertThat(changes.entry(list + "ticked.ics").okText(DAV, "getetag")).isEqualTo(tickedTag);
    assertThat(changes.entry(list + "added.ics").okText(DAV, "getetag")).isEqualTo(addedTag);
    // RFC 6578 section 3.5.2: a removed member is a response with a 404 status and no propstat.
    Multistatus.Entry tombstone = changes.entry(list + "deleted.ics");
    assertThat(tombstone.status()).contains(404);
    assertThat(tombstone.properties()).isEmpty();
    assertThat(changes.syncToken()).get().isNotEqualTo(token);

    assertThat(sync(gilles, list, changes.syncToken().orElseThrow()).hrefs()).isEmpty();
  }

  @Test
  void timeRangeFollowsTheVtodoTableOfRfc4791(Stack stack) {
    Dav gilles = Dav.as(stack, Dav.GILLES);
    String list = gilles.newTaskList("time-range");
    for (Row row : TIME_RANGE_ROWS) {
      gilles.create(list + row.name() + ".ics", Tasks.task(row.name(), row.properties()));
    }

    List<String> matches =
        gilles.report(list, "1",
                query(
                    "<d:prop><d:getetag/></d:prop>",
                    """
                    <c:comp-filter name="VTODO">
                      <c:time-range start="%s" end="%s"/>
                    </c:comp-filter>"""
                        .formatted(RANGE_START, RANGE_END)))
            .hrefs();

    assertThat(matches)
        .containsExactlyInAnyOrderElementsOf(
            TIME_RANGE_ROWS.stream()
                .filter(Row::inRange)
                .map(row -> list + row.name() + ".ics")
                .toList());
  }

  @Test
  void pendingTasksAreThoseWithoutCompleted(Stack stack) {
    Dav gilles = Dav.as(stack, Dav.GILLES);
    String list = chores(gilles);

    // The query Thunderbird and DAVx5 send for "not completed" tasks.
    assertThat(todoMatches(gilles, list,
            "<c:prop-filter name=\"COMPLETED\"><c:is-not-defined/></c:prop-filter>"))
        .containsExactlyInAnyOrder(list + "bread.ics", list + "report.ics", list + "plumber.ics");
  }

  @Test
  void statusMatchesAndItsNegation(Stack stack) {
    Dav gilles = Dav.as(stack, Dav.GILLES);
    String list = chores(gilles);

    assertThat(textMatches(gilles, list, "STATUS", "<c:text-match>NEEDS-ACTION</c:text-match>"))
        .containsExactly(list + "bread.ics");
    assertThat(
            textMatches(gilles, list, "STATUS",
                "<c:text-match negate-condition=\"yes\">COMPLETED</c:text-match>"))
        .containsExactlyInAnyOrder(list + "bread.ics", list + "report.ics", list + "plumber.ics");
  }

  @Test
  void priorityAndCategoriesMatch(Stack stack) {
    Dav gilles = Dav.as(stack, Dav.GILLES);
    String list = chores(gilles);

    // PRIORITY is one digit (RFC 5545 section 3.8.1.9): containing "1" under i;octet is equality.
    assertThat(
            textMatches(gilles, list, "PRIORITY",
                "<c:text-match collation=\"i;octet\">1</c:text-match>"))
        .containsExactly(list + "report.ics");
    // CATEGORIES holds a list: a task matches when one of its categories does.
    assertThat(textMatches(gilles, list, "CATEGORIES", "<c:text-match>urgent</c:text-match>"))
        .containsExactly(list + "report.ics");
    assertThat(textMatches(gilles, list, "CATEGORIES", "<c:text-match>work</c:text-match>"))
        .containsExactlyInAnyOrder(list + "report.ics", list + "review.ics");
  }

  @Test
  void summaryMatchesCaselesslyBeyondAsciiUnderUnicodeCasemap(Stack stack) {
    Dav gilles = Dav.as(stack, Dav.GILLES);
    String list = chores(gilles);

    // RFC 5051: i;unicode-casemap folds É to é; the default i;ascii-casemap does not.
    assertThat(
            textMatches(gilles, list, "SUMMARY",
                "<c:text-match collation=\"i;unicode-casemap\">ÉTUDE</c:text-match>"))
        .containsExactly(list + "review.ics");
    assertThat(textMatches(gilles, list, "SUMMARY", "<c:text-match>ÉTUDE</c:text-match>"))
        .isEmpty();
  }

  @Test
  void expandGivesEachOccurrenceInUtcWithTheCompletedOneInPlace(Stack stack) {
    Dav gilles = Dav.as(stack, Dav.GILLES);
    String list = gilles.newTaskList("expand");
    gilles.create(list + "weekly.ics", Tasks.weeklyWithOneDone("expand-weekly"));

    String expanded =
        gilles.report(list, "1",
                query(
                    """
                    <d:prop><c:calendar-data>
                      <c:expand start="20260301T000000Z" end="20260401T000000Z"/>
                    </c:calendar-data></d:prop>""",
                    """
                    <c:comp-filter name="VTODO">
                      <c:time-range start="20260301T000000Z" end="20260401T000000Z"/>
                    </c:comp-filter>"""))
            .entry(list + "weekly.ics")
            .okText(CALDAV, "calendar-data");

    // RFC 4791 section 9.6.5: every occurrence, in UTC, with a RECURRENCE-ID and no rule. 9:00 in
    // Paris is 08:00Z until the switch to summer time on 29 March, 07:00Z after.
    List<String> occurrences = Ics.components(expanded, "VTODO");
    assertThat(Ics.values(expanded, "RECURRENCE-ID"))
        .containsExactlyInAnyOrder(
            "20260302T080000Z", "20260309T080000Z", "20260316T080000Z", "20260323T080000Z",
            "20260330T070000Z");
    assertThat(Ics.values(expanded, "DUE"))
        .containsExactlyInAnyOrder(
            "20260302T160000Z", "20260309T160000Z", "20260316T160000Z", "20260323T160000Z",
            "20260330T150000Z");
    assertThat(Ics.values(expanded, "RRULE")).isEmpty();
    assertThat(occurrences)
        .filteredOn(occurrence -> isOccurrence(occurrence, TICKED_OCCURRENCE))
        .singleElement()
        .satisfies(done -> {
          assertThat(Ics.values(done, "STATUS")).containsExactly("COMPLETED");
          assertThat(Ics.values(done, "COMPLETED")).containsExactly("20260310T120000Z");
          assertThat(Ics.values(done, "PERCENT-COMPLETE")).containsExactly("100");
        });
    assertThat(occurrences)
        .filteredOn(occurrence -> !isOccurrence(occurrence, TICKED_OCCURRENCE))
        .hasSize(4)
        .allSatisfy(open -> assertThat(Ics.values(open, "STATUS")).containsExactly("NEEDS-ACTION"));
  }

  private static boolean isOccurrence(String component, String recurrenceId) {
    return Ics.values(component, "RECURRENCE-ID").contains(recurrenceId);
  }

  /**
   * A task list of four chores: bread (to do), report (in process, urgent work), review
   * (completed work) and plumber (cancelled).
   */
  private static String chores(Dav dav) {
    String list = dav.newTaskList("chores");
    dav.create(list + "bread.ics",
        Tasks.task("bread", "SUMMARY:Acheter du pain", "STATUS:NEEDS-ACTION", "PRIORITY:5",
            "CATEGORIES:home"));
    dav.create(list + "report.ics",
        Tasks.task("report", "SUMMARY:Write the quarterly report", "STATUS:IN-PROCESS",
            "PERCENT-COMPLETE:30", "PRIORITY:1", "CATEGORIES:work,urgent"));
    dav.create(list + "review.ics",
        Tasks.task("review", "SUMMARY:Relire l'étude de marché", "STATUS:COMPLETED",
            "COMPLETED:20261101T100000Z", "PERCENT-COMPLETE:100", "CATEGORIES:work"));
    dav.create(list + "plumber.ics",
        Tasks.task("plumber", "SUMMARY:Call the plumber", "STATUS:CANCELLED", "PRIORITY:9"));
    return list;
  }

  private static List<String> todoMatches(Dav dav, String list, String propFilter) {
    return dav.report(list, "1",
            query(
                "<d:prop><d:getetag/></d:prop>",
                "<c:comp-filter name=\"VTODO\">%s</c:comp-filter>".formatted(propFilter)))
        .hrefs();
  }

  /** The tasks whose {@code property} passes {@code textMatch} (RFC 4791 section 9.7.5). */
  private static List<String> textMatches(Dav dav, String list, String property, String textMatch) {
    return todoMatches(dav, list,
        "<c:prop-filter name=\"%s\">%s</c:prop-filter>".formatted(property, textMatch));
  }

  private static Multistatus sync(Dav dav, String list, String token) {
    return dav.report(list, "0",
        """
        <d:sync-collection xmlns:d="DAV:">
          <d:sync-token>%s</d:sync-token>
          <d:sync-level>1</d:sync-level>
          <d:prop><d:getetag/></d:prop>
        </d:sync-collection>"""
            .formatted(token));
  }

  /** A calendar-query asking {@code prop} of the tasks matching {@code todoFilter}. */
  private static String query(String prop, String todoFilter) {
    return """
        <c:calendar-query xmlns:d="DAV:" xmlns:c="urn:ietf:params:xml:ns:caldav">
          %s
          <c:filter><c:comp-filter name="VCALENDAR">%s</c:comp-filter></c:filter>
        </c:calendar-query>"""
        .formatted(prop, todoFilter);
  }
}
