package dev.partage.e2e;

import static dev.partage.e2e.support.Xml.APPLE_ICAL;
import static dev.partage.e2e.support.Xml.CALDAV;
import static dev.partage.e2e.support.Xml.DAV;
import static org.assertj.core.api.Assertions.assertThat;

import dev.partage.contracts.event.Topics;
import dev.partage.e2e.StackExtension.Stack;
import dev.partage.e2e.support.Dav;
import dev.partage.e2e.support.DavError;
import dev.partage.e2e.support.Isolation;
import dev.partage.e2e.support.KeepingService;
import dev.partage.e2e.support.Multistatus;
import dev.partage.e2e.support.Tasks;
import dev.partage.e2e.support.Xml;
import io.restassured.response.Response;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.w3c.dom.Element;

/**
 * Task lists: calendar collections for VTODO alone (RFC 4791 section 5.2.3), kept by task-service
 * and served in the same calendar home as the calendars.
 */
@ExtendWith(StackExtension.class)
class TaskListIT {

  private static final String DESCRIBED_PROPERTIES =
      """
      <d:propfind xmlns:d="DAV:" xmlns:c="urn:ietf:params:xml:ns:caldav"
                  xmlns:i="http://apple.com/ns/ical/">
        <d:prop>
          <d:resourcetype/><d:displayname/><i:calendar-color/><c:calendar-description/>
          <c:supported-calendar-component-set/>
        </d:prop>
      </d:propfind>""";

  @Test
  void aVtodoOnlyMkcalendarIsListedInTheHomeBesideTheCalendars(Stack stack) {
    Dav gilles = Dav.as(stack, Dav.GILLES);
    String calendar = gilles.newCalendar("beside");

    String list =
        gilles.newCalendar(
            "groceries",
            Tasks.mkcalendar(
                """
                <d:displayname>Courses</d:displayname>
                <i:calendar-color>#FF9500FF</i:calendar-color>
                <c:calendar-description>À acheter cette semaine</c:calendar-description>"""));

    Multistatus home = gilles.propfind(gilles.home(), "1", DESCRIBED_PROPERTIES);
    assertThat(home.hrefs()).contains(calendar, list);
    Multistatus.Entry listed = home.entry(list);
    assertThat(resourceTypes(listed))
        .containsExactlyInAnyOrder(Xml.name(DAV, "collection"), Xml.name(CALDAV, "calendar"));
    assertThat(listed.okText(DAV, "displayname")).isEqualTo("Courses");
    assertThat(listed.okText(APPLE_ICAL, "calendar-color")).isEqualTo("#FF9500FF");
    assertThat(listed.okText(CALDAV, "calendar-description")).isEqualTo("À acheter cette semaine");
    // Clients (DAVx5, Apple Reminders) tell task lists from calendars by this set alone.
    assertThat(componentNames(listed)).containsExactly("VTODO");
    assertThat(componentNames(home.entry(calendar))).containsExactly("VEVENT");
  }

  @Test
  void theListIsKeptByTaskServiceAndPublishedOnTheTasksTopicOnly(Stack stack) {
    Dav gilles = Dav.as(stack, Dav.GILLES);
    KeepingService.assertKeptBy(stack, gilles, Topics.TASKS, "TASKS", ".ics", taskName -> {
      String list = gilles.newTaskList("published");
      gilles.create(list + taskName, Tasks.task("published-1", "SUMMARY:Published"));
    });
  }

  @Test
  void proppatchChangesTheNameColourAndDescription(Stack stack) {
    Dav gilles = Dav.as(stack, Dav.GILLES);
    String list = gilles.newTaskList("renamed");

    String answer =
        gilles.request()
            .contentType(Dav.XML)
            .body(
                """
                <d:propertyupdate xmlns:d="DAV:" xmlns:c="urn:ietf:params:xml:ns:caldav"
                                  xmlns:i="http://apple.com/ns/ical/">
                  <d:set><d:prop>
                    <d:displayname>Travaux</d:displayname>
                    <i:calendar-color>#34C759FF</i:calendar-color>
                    <c:calendar-description>Chantier de la cuisine</c:calendar-description>
                  </d:prop></d:set>
                </d:propertyupdate>""")
            .request("PROPPATCH", list)
            .then()
            .statusCode(207)
            .extract()
            .asString();

    assertThat(Multistatus.parse(answer).entry(list).properties().values())
        .hasSize(3)
        .allSatisfy(result -> assertThat(result.status()).isEqualTo(200));
    Multistatus.Entry stored = gilles.propfind(list, "0", DESCRIBED_PROPERTIES).entry(list);
    assertThat(stored.okText(DAV, "displayname")).isEqualTo("Travaux");
    assertThat(stored.okText(APPLE_ICAL, "calendar-color")).isEqualTo("#34C759FF");
    assertThat(stored.okText(CALDAV, "calendar-description")).isEqualTo("Chantier de la cuisine");
    assertThat(componentNames(stored)).containsExactly("VTODO");
  }

  @Test
  void everyWriteToATaskChangesTheCtagAndSyncToken(Stack stack) {
    Dav gilles = Dav.as(stack, Dav.GILLES);
    String list = gilles.newTaskList("versions");
    String task = list + "paint.ics";
    Dav.Version empty = gilles.version(list);

    gilles.create(task, Tasks.task("paint-1", "SUMMARY:Paint the wall", "STATUS:NEEDS-ACTION"));
    Dav.Version afterCreate = gilles.version(list);
    gilles.request().contentType(Dav.ICALENDAR)
        .body(Tasks.task("paint-1", "SUMMARY:Paint the wall", "STATUS:IN-PROCESS",
            "PERCENT-COMPLETE:50"))
        .put(task).then().statusCode(204);
    Dav.Version afterReplace = gilles.version(list);
    gilles.request().delete(task).then().statusCode(204);
    Dav.Version afterDelete = gilles.version(list);

    List<Dav.Version> versions = List.of(empty, afterCreate, afterReplace, afterDelete);
    assertThat(versions).extracting(Dav.Version::ctag).doesNotHaveDuplicates();
    assertThat(versions).extracting(Dav.Version::syncToken).doesNotHaveDuplicates();
  }

  @Test
  void aDeletedListIsGoneWithItsTasks(Stack stack) {
    Dav gilles = Dav.as(stack, Dav.GILLES);
    String list = gilles.newTaskList("deleted");
    gilles.create(list + "one.ics", Tasks.task("deleted-1", "SUMMARY:One"));

    gilles.request().delete(list).then().statusCode(204);

    gilles.request().header("Depth", "0").request("PROPFIND", list).then().statusCode(404);
    gilles.request().get(list + "one.ics").then().statusCode(404);
    assertThat(gilles.propfind(gilles.home(), "1", DESCRIBED_PROPERTIES).hrefs())
        .doesNotContain(list);
  }

  @Test
  void aCalendarsNameCannotBeTakenByATaskListNorTheOtherWayRound(Stack stack) {
    Dav gilles = Dav.as(stack, Dav.GILLES);
    String calendar = gilles.newCalendar("taken");
    String list = gilles.newTaskList("taken");

    // RFC 4791 section 5.3.1.1: MKCALENDAR on an existing resource fails DAV:resource-must-be-null,
    // whichever service keeps the existing one.
    assertResourceMustBeNull(mkcalendar(gilles, calendar, Tasks.mkcalendar("")));
    assertResourceMustBeNull(mkcalendar(gilles, list, null));

    assertThat(componentNames(gilles.propfind(calendar, "0", DESCRIBED_PROPERTIES).entry(calendar)))
        .containsExactly("VEVENT");
    assertThat(componentNames(gilles.propfind(list, "0", DESCRIBED_PROPERTIES).entry(list)))
        .containsExactly("VTODO");
  }

  @Test
  void anotherUserCannotTellGillesListFromOneThatDoesNotExistNorWriteInIt(Stack stack) {
    Dav gilles = Dav.as(stack, Dav.GILLES);
    String list = gilles.newTaskList("private");
    String task = list + "secret.ics";
    gilles.create(task, Tasks.task("secret-1", "SUMMARY:Secret"));
    String absentList = gilles.home() + "absent-" + UUID.randomUUID() + "/";

    Isolation.assertCannotTell(Dav.as(stack, Dav.ALEXANDRE), list, absentList, "secret.ics", Dav.ICALENDAR,
        Tasks.task("intrusion-1", "SUMMARY:Intrusion"), DESCRIBED_PROPERTIES);

    gilles.request().get(list + "intrusion-secret.ics").then().statusCode(404);
    gilles.request().get(task).then().statusCode(200);
  }

  private static Response mkcalendar(Dav dav, String path, String body) {
    return body == null
        ? dav.request().request("MKCALENDAR", path)
        : dav.request().contentType(Dav.XML).body(body).request("MKCALENDAR", path);
  }

  private static void assertResourceMustBeNull(Response refused) {
    assertThat(DavError.of(refused, 405).conditions())
        .containsExactly(Xml.name(DAV, "resource-must-be-null"));
  }

  private static List<String> resourceTypes(Multistatus.Entry entry) {
    return Xml.children(entry.ok(DAV, "resourcetype")).stream().map(Xml::name).toList();
  }

  private static List<String> componentNames(Multistatus.Entry entry) {
    Element set = entry.ok(CALDAV, "supported-calendar-component-set");
    return Xml.children(set, CALDAV, "comp").stream()
        .map(comp -> comp.getAttribute("name"))
        .toList();
  }
}
