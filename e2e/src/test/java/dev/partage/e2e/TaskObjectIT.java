package dev.partage.e2e;

import static dev.partage.e2e.support.Xml.CALDAV;
import static org.assertj.core.api.Assertions.assertThat;

import dev.partage.e2e.StackExtension.Stack;
import dev.partage.e2e.support.Dav;
import dev.partage.e2e.support.DavError;
import dev.partage.e2e.support.Ics;
import dev.partage.e2e.support.Tasks;
import dev.partage.e2e.support.Xml;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Tasks in a task list: PUT, GET, HEAD, DELETE with their preconditions (RFC 9110 section 13.1,
 * RFC 4791 section 5.3.2.1), what task clients write kept intact, and COPY and MOVE between a
 * calendar of calendar-service and a task list of task-service (RFC 4918 sections 9.8 and 9.9).
 */
@ExtendWith(StackExtension.class)
class TaskObjectIT {

  private static final String EVENTS_AND_TASKS =
      """
      <c:mkcalendar xmlns:d="DAV:" xmlns:c="urn:ietf:params:xml:ns:caldav">
        <d:set><d:prop>
          <c:supported-calendar-component-set>
            <c:comp name="VEVENT"/><c:comp name="VTODO"/>
          </c:supported-calendar-component-set>
        </d:prop></d:set>
      </c:mkcalendar>""";

  @Test
  void putCreatesThenReplacesAndGetAndHeadAnswerWithAStrongEtag(Stack stack) {
    Dav gilles = Dav.as(stack, Dav.GILLES);
    String list = gilles.newTaskList("put");
    String task = list + "invoice.ics";
    String first = Tasks.task("invoice-1", "DUE:20261130T170000Z", "SUMMARY:Send the invoice");
    String second =
        Tasks.task("invoice-1", "DUE:20261130T170000Z", "SUMMARY:Send the invoice",
            "STATUS:COMPLETED", "COMPLETED:20261128T093000Z", "PERCENT-COMPLETE:100");

    Response created = gilles.request().contentType(Dav.ICALENDAR).body(first).put(task);
    assertThat(created.statusCode()).isEqualTo(201);
    String firstTag = created.header("ETag");
    // RFC 4791 section 5.3.4: clients compare ETags byte for byte; a weak one would be useless.
    assertThat(firstTag).startsWith("\"").endsWith("\"");

    Response replaced = gilles.request().contentType(Dav.ICALENDAR).body(second).put(task);
    assertThat(replaced.statusCode()).isEqualTo(204);
    String secondTag = replaced.header("ETag");
    assertThat(secondTag).startsWith("\"").endsWith("\"").isNotEqualTo(firstTag);

    Response read = gilles.request().get(task);
    assertThat(read.statusCode()).isEqualTo(200);
    assertThat(read.contentType()).startsWith("text/calendar");
    assertThat(read.header("ETag")).isEqualTo(secondTag);
    assertThat(read.asString()).isEqualTo(second);

    Response head = gilles.request().head(task);
    assertThat(head.statusCode()).isEqualTo(200);
    assertThat(head.header("ETag")).isEqualTo(secondTag);
    assertThat(head.contentType()).startsWith("text/calendar");
    assertThat(head.asString()).isEmpty();

    gilles.request().delete(task).then().statusCode(204);
    gilles.request().get(task).then().statusCode(404);
    gilles.request().head(task).then().statusCode(404);
  }

  @Test
  void conditionalRequestsRefuseStaleOrExistingTasks(Stack stack) {
    Dav gilles = Dav.as(stack, Dav.GILLES);
    String list = gilles.newTaskList("conditional");
    String task = list + "tyres.ics";
    String original = Tasks.task("tyres-1", "SUMMARY:Change the tyres");
    String etag = gilles.create(task, original);
    String edit = Tasks.task("tyres-1", "SUMMARY:Change the tyres", "PRIORITY:1");

    gilles.request().contentType(Dav.ICALENDAR).header("If-Match", "\"not-the-etag\"").body(edit)
        .put(task).then().statusCode(412);
    gilles.request().contentType(Dav.ICALENDAR).header("If-None-Match", "*").body(edit)
        .put(task).then().statusCode(412);
    gilles.request().header("If-Match", "\"not-the-etag\"").delete(task).then().statusCode(412);
    assertThat(gilles.request().get(task).asString()).isEqualTo(original);

    String newTag =
        gilles.request().contentType(Dav.ICALENDAR).header("If-Match", etag).body(edit)
            .put(task).then().statusCode(204).extract().header("ETag");
    gilles.request().header("If-Match", etag).delete(task).then().statusCode(412);
    gilles.request().header("If-Match", newTag).delete(task).then().statusCode(204);
    gilles.request().get(task).then().statusCode(404);
  }

  @Test
  void aSecondTaskWithTheSameUidIsRefusedNamingTheFirst(Stack stack) {
    Dav gilles = Dav.as(stack, Dav.GILLES);
    String list = gilles.newTaskList("uid");
    String first = list + "first.ics";
    gilles.create(first, Tasks.task("same-uid", "SUMMARY:First"));

    Response refused =
        gilles.request().contentType(Dav.ICALENDAR)
            .body(Tasks.task("same-uid", "SUMMARY:Second")).put(list + "second.ics");

    // RFC 4791 section 5.3.2.1: no-uid-conflict, with the href of the resource holding the UID.
    DavError error = DavError.of(refused, 403);
    assertThat(error.conditions()).containsExactly(Xml.name(CALDAV, "no-uid-conflict"));
    assertThat(error.hrefs()).extracting(href -> gilles.pathOf(href, list + "second.ics"))
        .containsExactly(first);
    gilles.request().get(list + "second.ics").then().statusCode(404);
  }

  @Test
  void anEventIsRefusedByATaskListWithASentence(Stack stack) {
    Dav gilles = Dav.as(stack, Dav.GILLES);
    String list = gilles.newTaskList("no-events");

    Response refused =
        gilles.request().contentType(Dav.ICALENDAR)
            .body(Ics.singleEvent("meeting-1", "20261201T100000Z", "20261201T110000Z", "Meeting"))
            .put(list + "meeting.ics");

    // RFC 4791 section 5.3.2.1: a component outside the set breaks supported-calendar-component.
    assertThat(DavError.of(refused, 403).conditions())
        .containsExactly(Xml.name(CALDAV, "supported-calendar-component"));
    gilles.request().get(list + "meeting.ics").then().statusCode(404);
  }

  @Test
  void aRecurringTaskWithOneOccurrenceCompletedIsKeptByteForByte(Stack stack) {
    Dav gilles = Dav.as(stack, Dav.GILLES);
    String list = gilles.newTaskList("recurring");
    String weekly = Tasks.weeklyWithOneDone("weekly-report");

    gilles.create(list + "weekly-report.ics", weekly);

    assertThat(gilles.request().get(list + "weekly-report.ics").asString()).isEqualTo(weekly);
  }

  @Test
  void subtasksColourAlarmOnDueAndAttachmentComeBackIntact(Stack stack) {
    Dav gilles = Dav.as(stack, Dav.GILLES);
    String list = gilles.newTaskList("fidelity");
    // RFC 9253 relations as jtx Board links a subtask, RFC 7986 COLOR, an alarm an hour before DUE.
    String talk =
        Tasks.task("talk-1", "DUE:20261120T170000Z", "SUMMARY:Give the talk",
            "RELATED-TO;RELTYPE=CHILD:slides-1");
    String slides =
        Tasks.task("slides-1", "DUE:20261118T170000Z", "SUMMARY:Draft the slides",
            "RELATED-TO;RELTYPE=PARENT:talk-1", "COLOR:turquoise", "PERCENT-COMPLETE:40",
            "ATTACH;VALUE=URI:https://files.namebay.example/slides.odp",
            "BEGIN:VALARM", "ACTION:DISPLAY", "DESCRIPTION:Slides due",
            "TRIGGER;RELATED=END:-PT1H", "END:VALARM");

    gilles.create(list + "talk.ics", talk);
    gilles.create(list + "slides.ics", slides);

    assertThat(gilles.request().get(list + "talk.ics").asString()).isEqualTo(talk);
    assertThat(gilles.request().get(list + "slides.ics").asString()).isEqualTo(slides);
  }

  @Test
  void copyAndMoveCarryATaskBetweenACalendarAndATaskList(Stack stack) {
    Dav gilles = Dav.as(stack, Dav.GILLES);
    String mixed = gilles.newCalendar("mixed", EVENTS_AND_TASKS);
    String list = gilles.newTaskList("copy-to");
    String body = Tasks.task("dentist-1", "DUE:20261210T120000Z", "SUMMARY:Call the dentist");
    gilles.create(mixed + "dentist.ics", body);

    gilles.copy(mixed + "dentist.ics", list + "dentist.ics", "T").then().statusCode(201);
    assertThat(gilles.request().get(list + "dentist.ics").asString()).isEqualTo(body);
    assertThat(gilles.request().get(mixed + "dentist.ics").asString()).isEqualTo(body);

    // RFC 4918 section 9.8.5: an existing destination is replaced (204) unless Overwrite is F.
    gilles.copy(mixed + "dentist.ics", list + "dentist.ics", "T").then().statusCode(204);
    gilles.copy(mixed + "dentist.ics", list + "dentist.ics", "F").then().statusCode(412);
    gilles.move(list + "dentist.ics", mixed + "dentist.ics", "F").then().statusCode(412);
    gilles.request().get(list + "dentist.ics").then().statusCode(200);

    // And back: the list's copy replaces the calendar's task, and leaves the list.
    gilles.move(list + "dentist.ics", mixed + "dentist.ics", "T").then().statusCode(204);
    gilles.request().get(list + "dentist.ics").then().statusCode(404);
    assertThat(gilles.request().get(mixed + "dentist.ics").asString()).isEqualTo(body);

    gilles.move(mixed + "dentist.ics", list + "moved.ics", "F").then().statusCode(201);
    gilles.request().get(mixed + "dentist.ics").then().statusCode(404);
    assertThat(gilles.request().get(list + "moved.ics").asString()).isEqualTo(body);
  }

  @Test
  void anEventCannotBeCopiedIntoATaskList(Stack stack) {
    Dav gilles = Dav.as(stack, Dav.GILLES);
    String mixed = gilles.newCalendar("mixed-event", EVENTS_AND_TASKS);
    String list = gilles.newTaskList("copy-event-to");
    gilles.create(mixed + "meeting.ics",
        Ics.singleEvent("copied-meeting", "20261201T100000Z", "20261201T110000Z", "Meeting"));

    // RFC 4791 section 5.3.2.1: the PUT preconditions hold for COPY and MOVE too.
    Response copied = gilles.copy(mixed + "meeting.ics", list + "meeting.ics", "T");
    assertThat(DavError.of(copied, 403).conditions())
        .containsExactly(Xml.name(CALDAV, "supported-calendar-component"));
    Response moved = gilles.move(mixed + "meeting.ics", list + "meeting.ics", "T");
    assertThat(DavError.of(moved, 403).conditions())
        .containsExactly(Xml.name(CALDAV, "supported-calendar-component"));
    gilles.request().get(list + "meeting.ics").then().statusCode(404);
    gilles.request().get(mixed + "meeting.ics").then().statusCode(200);
  }
}
