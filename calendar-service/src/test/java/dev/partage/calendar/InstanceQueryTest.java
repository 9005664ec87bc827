package dev.partage.calendar;

import static dev.partage.calendar.Fixtures.newCalendar;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.partage.contracts.collection.QueryRequest;
import dev.partage.dav.caldav.filter.CompFilter;
import dev.partage.dav.caldav.filter.PropFilter;
import dev.partage.dav.caldav.filter.TimeRange;
import dev.partage.stack.testing.PostgresKafkaResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * Time-range queries answered from the instance rows: same answers as the exact matcher, rows kept
 * in step with every write.
 */
@QuarkusTest
@QuarkusTestResource(PostgresKafkaResource.class)
@TestSecurity(user = Fixtures.OWNER)
class InstanceQueryTest {

  private static final String PARIS = String.join("\r\n",
      "BEGIN:VTIMEZONE", "TZID:Europe/Paris",
      "BEGIN:DAYLIGHT", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200", "TZNAME:CEST",
      "DTSTART:19700329T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT",
      "BEGIN:STANDARD", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100", "TZNAME:CET",
      "DTSTART:19701025T030000", "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD",
      "END:VTIMEZONE");

  /** Every kind the index treats differently: zoned, recurring with EXDATE and a moved instance, etc. */
  private static final Map<String, String> OBJECTS = Map.of(
      "zoned.ics", calendar(PARIS, event("zoned",
          "DTSTART;TZID=Europe/Paris:20260310T100000", "DTEND;TZID=Europe/Paris:20260310T110000")),
      "series.ics", calendar(PARIS,
          event("series", "DTSTART;TZID=Europe/Paris:20260316T100000", "DTEND;TZID=Europe/Paris:20260316T110000",
              "RRULE:FREQ=WEEKLY;COUNT=6", "EXDATE;TZID=Europe/Paris:20260323T100000"),
          event("series", "RECURRENCE-ID;TZID=Europe/Paris:20260330T100000",
              "DTSTART;TZID=Europe/Paris:20260401T150000", "DTEND;TZID=Europe/Paris:20260401T160000")),
      "allday.ics", calendar(event("allday", "DTSTART;VALUE=DATE:20260324", "DTEND;VALUE=DATE:20260325")),
      "floating.ics", calendar(event("floating", "DTSTART:20260331T230000", "DTEND:20260401T003000")),
      "forever.ics", calendar(event("forever", "DTSTART:20260107T120000Z", "DURATION:PT1H", "RRULE:FREQ=WEEKLY")),
      "point.ics", calendar(event("point", "DTSTART:20260318T120000Z")),
      "task.ics", calendar("BEGIN:VTODO\r\nUID:task\r\nDTSTAMP:20260101T000000Z\r\nDUE:20260325T120000Z\r\nEND:VTODO"));

  private static final List<TimeRange> WINDOWS = List.of(
      window("2026-03-16T00:00:00Z", "2026-03-23T00:00:00Z"),
      window("2026-03-23T00:00:00Z", "2026-03-30T00:00:00Z"),
      window("2026-03-30T00:00:00Z", "2026-04-06T00:00:00Z"),
      window("2026-03-18T12:00:00Z", "2026-03-18T12:00:01Z"),
      window("2026-03-10T10:00:00Z", "2026-03-10T11:00:00Z"),
      window("2026-03-31T23:30:00Z", "2026-04-01T00:00:00Z"),
      window(null, "2026-03-11T00:00:00Z"),
      window("2026-04-20T00:00:00Z", null),
      window("2040-01-02T00:00:00Z", "2040-01-09T00:00:00Z"));

  @Inject
  ObjectMapper json;

  @Inject
  DataSource database;

  @Test
  void instanceRowsGiveTheSameHrefsAsTheMatcherOnEveryWindow() throws JsonProcessingException {
    String cal = newCalendar("VEVENT", "VTODO");
    OBJECTS.forEach((name, body) -> put(cal, name, body));

    for (TimeRange window : WINDOWS) {
      assertThat(names(cal, timeRangeOnly(window)))
          .as("window %s", window)
          .containsExactlyInAnyOrderElementsOf(names(cal, throughMatcher(window)));
    }
    assertThat(names(cal, timeRangeOnly(WINDOWS.get(1)))).containsExactlyInAnyOrder("allday.ics", "forever.ics");
    assertThat(names(cal, timeRangeOnly(WINDOWS.get(2))))
        .containsExactlyInAnyOrder("series.ics", "floating.ics", "forever.ics");
    assertThat(names(cal, timeRangeOnly(WINDOWS.get(3)))).containsExactlyInAnyOrder("point.ics", "forever.ics");
  }

  @Test
  void anEndlessSeriesStillMatchesFarPastTheHorizon() throws JsonProcessingException {
    String cal = newCalendar();
    put(cal, "forever.ics", OBJECTS.get("forever.ics"));

    assertThat(names(cal, timeRangeOnly(window("2040-01-02T00:00:00Z", "2040-01-09T00:00:00Z"))))
        .containsExactly("forever.ics");
    assertThat(names(cal, timeRangeOnly(window("2040-01-05T00:00:00Z", "2040-01-06T00:00:00Z")))).isEmpty();
  }

  @Test
  void aNewRuleReplacesTheInstanceRows() throws Exception {
    String cal = newCalendar();
    String weekly = calendar(event("moving", "DTSTART:20260302T090000Z", "DURATION:PT1H", "RRULE:FREQ=WEEKLY;COUNT=5"));
    put(cal, "moving.ics", weekly);
    assertThat(instanceRows(cal, "moving.ics")).isEqualTo(5);
    TimeRange fourthWeek = window("2026-03-23T00:00:00Z", "2026-03-30T00:00:00Z");
    assertThat(names(cal, timeRangeOnly(fourthWeek))).containsExactly("moving.ics");

    put(cal, "moving.ics", weekly.replace("COUNT=5", "COUNT=2"));

    assertThat(instanceRows(cal, "moving.ics")).isEqualTo(2);
    assertThat(names(cal, timeRangeOnly(fourthWeek))).isEmpty();
  }

  @Test
  void deletingAnObjectRemovesItsRows() throws Exception {
    String cal = newCalendar();
    put(cal, "gone.ics", OBJECTS.get("series.ics"));
    long id = objectId(cal, "gone.ics");
    assertThat(rowsOf(id)).isEqualTo(5); // six weeks, one excluded, one moved

    given().delete("/internal/collections/{id}/objects/{name}", cal, "gone.ics").then().statusCode(200);

    assertThat(rowsOf(id)).isZero();
  }

  @Test
  void expandedAnswersParseOnlyTheMatches() throws JsonProcessingException {
    String cal = newCalendar();
    OBJECTS.entrySet().stream().filter(e -> !e.getKey().equals("task.ics")).forEach(e -> put(cal, e.getKey(), e.getValue()));
    TimeRange week = WINDOWS.get(2);

    List<Map<String, Object>> answer = query(cal, new QueryRequest(filter(week), week, null, true, null));

    assertThat(answer).extracting(o -> o.get("name")).containsExactlyInAnyOrder("series.ics", "floating.ics", "forever.ics");
    String series = (String) answer.stream().filter(o -> o.get("name").equals("series.ics")).findFirst().orElseThrow().get("data");
    assertThat(series).contains("DTSTART:20260401T130000Z").doesNotContain("RRULE");
  }

  private static String event(String uid, String... lines) {
    return "BEGIN:VEVENT\r\nUID:" + uid + "\r\nDTSTAMP:20260101T000000Z\r\n" + String.join("\r\n", lines) + "\r\nEND:VEVENT";
  }

  private static String calendar(String... components) {
    return "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Partage//tests//EN\r\n" + String.join("\r\n", components)
        + "\r\nEND:VCALENDAR\r\n";
  }

  private static TimeRange window(String start, String end) {
    return new TimeRange(start == null ? null : Instant.parse(start), end == null ? null : Instant.parse(end));
  }

  private static CompFilter filter(TimeRange window, PropFilter... props) {
    CompFilter event = new CompFilter("VEVENT", false, window, List.of(props), List.of());
    return new CompFilter("VCALENDAR", false, null, List.of(), List.of(event));
  }

  /** VCALENDAR > VEVENT > time-range: the shape the instance rows decide. */
  private static QueryRequest timeRangeOnly(TimeRange window) {
    return new QueryRequest(filter(window), null, null, false, null);
  }

  /** The same question (every VEVENT has a UID), in a shape only the matcher answers. */
  private static QueryRequest throughMatcher(TimeRange window) {
    return new QueryRequest(filter(window, new PropFilter("UID", false, null, null, List.of())), null, null, false, null);
  }

  private static void put(String cal, String name, String body) {
    given().contentType("text/calendar").body(body)
        .put("/internal/collections/{id}/objects/{name}", cal, name).then().statusCode(200);
  }

  private List<Map<String, Object>> query(String cal, QueryRequest request) throws JsonProcessingException {
    return given().contentType(ContentType.JSON).body(json.writeValueAsString(request))
        .post("/internal/collections/{id}/query", cal)
        .then().statusCode(200).extract().jsonPath().getList("$");
  }

  private List<String> names(String cal, QueryRequest request) throws JsonProcessingException {
    return query(cal, request).stream().map(o -> (String) o.get("name")).toList();
  }

  private long objectId(String cal, String name) throws SQLException {
    return single("select id from dav_object where collection_id = ? and name = ?", cal, name);
  }

  private long instanceRows(String cal, String name) throws SQLException {
    return single("select count(*) from dav_instance i join dav_object o on o.id = i.object_id "
        + "where o.collection_id = ? and o.name = ?", cal, name);
  }

  private long rowsOf(long objectId) throws SQLException {
    try (Connection connection = database.getConnection();
        PreparedStatement statement = connection.prepareStatement("select count(*) from dav_instance where object_id = ?")) {
      statement.setLong(1, objectId);
      try (ResultSet rows = statement.executeQuery()) {
        rows.next();
        return rows.getLong(1);
      }
    }
  }

  private long single(String sql, String cal, String name) throws SQLException {
    try (Connection connection = database.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setObject(1, UUID.fromString(cal));
      statement.setString(2, name);
      try (ResultSet rows = statement.executeQuery()) {
        rows.next();
        return rows.getLong(1);
      }
    }
  }
}
