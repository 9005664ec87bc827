package dev.partage.tasks;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.partage.contracts.collection.QueryRequest;
import dev.partage.contracts.event.Topics;
import dev.partage.dav.caldav.filter.CompFilter;
import dev.partage.dav.caldav.filter.PropFilter;
import dev.partage.dav.caldav.filter.TimeRange;
import dev.partage.stack.testing.PostgresKafkaResource;
import dev.partage.stack.testing.TopicRecords;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * task-service keeps task lists only, with the shared storage and iCalendar rules, in its own
 * database and on its own Kafka topic.
 */
@QuarkusTest
@QuarkusTestResource(
    value = PostgresKafkaResource.class,
    initArgs = @ResourceArg(name = PostgresKafkaResource.DATABASE, value = "tasks"))
@TestSecurity(user = TaskListTest.OWNER)
class TaskListTest {

  static final String OWNER = "alexandre.bernard@namebay.example";

  /** A weekly task whose second occurrence was completed on its own, as DAVx5 + jtx Board write it. */
  private static final String WEEKLY_WITH_ONE_DONE = String.join("\r\n",
      "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Partage//tests//EN",
      "BEGIN:VTODO", "UID:weekly-report", "DTSTAMP:20260101T000000Z",
      "DTSTART:20260302T090000Z", "DUE:20260302T170000Z", "RRULE:FREQ=WEEKLY;COUNT=4",
      "SUMMARY:Weekly report", "STATUS:NEEDS-ACTION", "END:VTODO",
      "BEGIN:VTODO", "UID:weekly-report", "DTSTAMP:20260310T120000Z",
      "RECURRENCE-ID:20260309T090000Z", "DTSTART:20260309T090000Z", "DUE:20260309T170000Z",
      "SUMMARY:Weekly report", "STATUS:COMPLETED", "COMPLETED:20260310T120000Z", "PERCENT-COMPLETE:100",
      "END:VTODO", "END:VCALENDAR", "");

  /** RFC 9253 relations, RFC 7986 properties, an alarm on DUE and an attachment by URI. */
  private static final String SUBTASK = String.join("\r\n",
      "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Partage//tests//EN",
      "BEGIN:VTODO", "UID:subtask-1", "DTSTAMP:20260101T000000Z", "DUE:20260320T170000Z",
      "SUMMARY:Draft the slides", "RELATED-TO;RELTYPE=PARENT:talk-1",
      "RELATED-TO;RELTYPE=DEPENDS-ON:room-booking", "COLOR:turquoise", "PERCENT-COMPLETE:40",
      "ATTACH;VALUE=URI:https://files.namebay.example/slides.odp",
      "BEGIN:VALARM", "ACTION:DISPLAY", "DESCRIPTION:Slides due", "TRIGGER;RELATED=END:-PT1H", "END:VALARM",
      "END:VTODO", "END:VCALENDAR", "");

  @Inject
  ObjectMapper json;

  @ConfigProperty(name = "kafka.bootstrap.servers")
  String bootstrapServers;

  @Test
  void aListCreatedWithoutAComponentSetHoldsTasks() {
    String list = newList("null");

    given().get("/internal/collections/{id}", list).then()
        .statusCode(200)
        .body("components", contains("VTODO"))
        .body("kind", equalTo("TASKS"));
  }

  @Test
  void aCollectionForEventsIsRefused() {
    given().contentType(ContentType.JSON)
        .body("{\"name\":\"mixed\",\"components\":[\"VEVENT\",\"VTODO\"]}")
        .post("/internal/homes/{owner}/collections", OWNER)
        .then().statusCode(403)
        .body("condition", equalTo("supported-calendar-component"));
  }

  @Test
  void anEventIsRefusedAndTheListStaysEmpty() {
    String list = newList("[\"VTODO\"]");
    String event = String.join("\r\n", "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Partage//tests//EN",
        "BEGIN:VEVENT", "UID:meeting", "DTSTAMP:20260101T000000Z", "DTSTART:20260302T090000Z",
        "DTEND:20260302T100000Z", "SUMMARY:Meeting", "END:VEVENT", "END:VCALENDAR", "");

    given().contentType("text/calendar").body(event)
        .put("/internal/collections/{id}/objects/{name}", list, "meeting.ics")
        .then().statusCode(403)
        .body("condition", equalTo("supported-calendar-component"));
    given().get("/internal/collections/{id}/objects", list).then().statusCode(200).body("size()", equalTo(0));
  }

  @Test
  void aRecurringTaskWithOneCompletedOccurrenceIsKeptAsWrittenAndFoundByItsOccurrences()
      throws JsonProcessingException {
    String list = newList("[\"VTODO\"]");
    put(list, "weekly.ics", WEEKLY_WITH_ONE_DONE);

    assertThat(get(list, "weekly.ics")).isEqualTo(WEEKLY_WITH_ONE_DONE);
    // The fourth occurrence (23 March) is found from the instance rows and from the matcher alike.
    TimeRange fourthWeek = new TimeRange(Instant.parse("2026-03-23T00:00:00Z"), Instant.parse("2026-03-24T00:00:00Z"));
    assertThat(names(list, todos(fourthWeek))).containsExactly("weekly.ics");
    assertThat(names(list, todos(fourthWeek, new PropFilter("UID", false, null, null, List.of()))))
        .containsExactly("weekly.ics");
    TimeRange afterTheSeries = new TimeRange(Instant.parse("2026-03-31T00:00:00Z"), Instant.parse("2026-04-07T00:00:00Z"));
    assertThat(names(list, todos(afterTheSeries))).isEmpty();
  }

  @Test
  void relationsAndNewPropertiesComeBackByteForByte() {
    String list = newList("[\"VTODO\"]");
    put(list, "subtask.ics", SUBTASK);

    assertThat(get(list, "subtask.ics")).isEqualTo(SUBTASK);
  }

  @Test
  void changesArePublishedOnTheTasksTopic() {
    try (KafkaConsumer<String, String> consumer = TopicRecords.fromTheStart(bootstrapServers, Topics.TASKS)) {
      String list = newList("[\"VTODO\"]");
      put(list, "subtask.ics", SUBTASK);

      assertThat(TopicRecords.valuesFor(consumer, list, 2))
          .satisfiesExactly(
              created -> assertThat(created).contains("\"type\":\"COLLECTION_CREATED\"").contains("\"kind\":\"TASKS\""),
              changed -> assertThat(changed).contains("\"type\":\"OBJECT_CHANGED\"").contains("\"objectName\":\"subtask.ics\""));
    }
  }

  private static String newList(String components) {
    return given().contentType(ContentType.JSON)
        .body("{\"name\":\"list-" + UUID.randomUUID() + "\",\"displayName\":\"Team tasks\",\"components\":" + components + "}")
        .post("/internal/homes/{owner}/collections", OWNER)
        .then().statusCode(200)
        .extract().path("id");
  }

  private static void put(String list, String name, String body) {
    given().contentType("text/calendar").body(body)
        .put("/internal/collections/{id}/objects/{name}", list, name).then().statusCode(200);
  }

  private static String get(String list, String name) {
    return given().get("/internal/collections/{id}/objects/{name}", list, name)
        .then().statusCode(200).extract().path("data");
  }

  /** VCALENDAR > VTODO > time-range, with any further property filters. */
  private static QueryRequest todos(TimeRange window, PropFilter... props) {
    CompFilter todo = new CompFilter("VTODO", false, window, List.of(props), List.of());
    return new QueryRequest(new CompFilter("VCALENDAR", false, null, List.of(), List.of(todo)), null, null, false, null);
  }

  private List<String> names(String list, QueryRequest request) throws JsonProcessingException {
    List<Map<String, Object>> answer = given().contentType(ContentType.JSON).body(json.writeValueAsString(request))
        .post("/internal/collections/{id}/query", list)
        .then().statusCode(200).extract().jsonPath().getList("$");
    return answer.stream().map(o -> (String) o.get("name")).toList();
  }
}
