package dev.partage.calendar;

import static dev.partage.calendar.Fixtures.event;
import static dev.partage.calendar.Fixtures.newCalendar;
import static dev.partage.calendar.Fixtures.todo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import dev.partage.stack.testing.PostgresKafkaResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(PostgresKafkaResource.class)
@TestSecurity(user = Fixtures.OWNER)
class ObjectStorageTest {

  private static String put(String calendar, String name, String body, String ifMatch, String ifNoneMatch, int status) {
    var request = given().contentType("text/calendar").body(body);
    if (ifMatch != null) {
      request.header("If-Match", ifMatch);
    }
    if (ifNoneMatch != null) {
      request.header("If-None-Match", ifNoneMatch);
    }
    return request.put("/internal/collections/{id}/objects/{name}", calendar, name)
        .then().statusCode(status).extract().asString();
  }

  @Test
  void storesTheBodyAsSentWithAStrongContentETag() {
    String cal = newCalendar();
    String body = event("a1", "20261201T100000Z", "20261201T110000Z", "Kick-off");
    String created = put(cal, "a1.ics", body, null, "*", 200);
    assertThat(created).contains("\"created\":true");

    given().get("/internal/collections/{id}/objects/{name}", cal, "a1.ics")
        .then().statusCode(200)
        .body("data", equalTo(body))
        .body("etag", startsWith("\""))
        .body("contentType", equalTo("text/calendar; charset=utf-8; component=vevent"));
  }

  @Test
  void conditionalHeadersRefuseStaleWrites() {
    String cal = newCalendar();
    String body = event("b1", "20261201T100000Z", "20261201T110000Z", "v1");
    put(cal, "b1.ics", body, null, "*", 200);
    String etag = given().get("/internal/collections/{id}/objects/{name}", cal, "b1.ics").then().extract().path("etag");

    put(cal, "b1.ics", body, null, "*", 412); // If-None-Match: * on an existing resource
    put(cal, "b1.ics", event("b1", "20261201T100000Z", "20261201T110000Z", "v2"), "\"stale\"", null, 412);
    String updated = put(cal, "b1.ics", event("b1", "20261201T100000Z", "20261201T110000Z", "v2"), etag, null, 200);
    assertThat(updated).contains("\"created\":false");
    given().header("If-Match", etag).delete("/internal/collections/{id}/objects/{name}", cal, "b1.ics")
        .then().statusCode(412);
  }

  @Test
  void oneUidLivesInOneResourceOnly() {
    String cal = newCalendar();
    put(cal, "first.ics", event("same", "20261201T100000Z", "20261201T110000Z", "x"), null, null, 200);
    String refusal = put(cal, "second.ics", event("same", "20261202T100000Z", "20261202T110000Z", "y"), null, null, 403);
    assertThat(refusal).contains("\"condition\":\"no-uid-conflict\"").contains("\"href\":\"first.ics\"");
    given().get("/internal/collections/{id}/objects/{name}", cal, "second.ics").then().statusCode(404);
  }

  @Test
  void invalidDataIsRefusedWithItsPrecondition() {
    String cal = newCalendar();
    assertThat(put(cal, "bad.ics", "this is not iCalendar", null, null, 403))
        .contains("\"condition\":\"valid-calendar-data\"");
    String twoUids = event("u1", "20261201T100000Z", "20261201T110000Z", "x")
        .replace("END:VCALENDAR", "BEGIN:VEVENT\r\nUID:u2\r\nDTSTAMP:20260101T000000Z\r\nDTSTART:20261203T100000Z\r\nEND:VEVENT\r\nEND:VCALENDAR");
    assertThat(put(cal, "two.ics", twoUids, null, null, 403)).contains("\"condition\":\"valid-calendar-object-resource\"");
    assertThat(put(cal, "todo.ics", todo("t1"), null, null, 403)).contains("\"condition\":\"supported-calendar-component\"");
    given().get("/internal/collections/{id}/objects", cal).then().statusCode(200).body("size()", equalTo(0));
  }

  @Test
  void aCalendarForEventsAndTasksTakesBoth() {
    String cal = newCalendar("VEVENT", "VTODO");
    put(cal, "todo.ics", todo("t2"), null, null, 200);
    put(cal, "ev.ics", event("e2", "20261201T100000Z", "20261201T110000Z", "x"), null, null, 200);
    given().get("/internal/collections/{id}", cal).then().body("components", org.hamcrest.Matchers.contains("VEVENT", "VTODO"));
  }

  @Test
  void oversizedBodiesAreRefusedWithMaxResourceSize() {
    String cal = newCalendar();
    String huge = event("big", "20261201T100000Z", "20261201T110000Z", "x".repeat(10 * 1024 * 1024));
    assertThat(put(cal, "big.ics", huge, null, null, 413)).contains("\"condition\":\"max-resource-size\"");
  }

  @Test
  void moveKeepsTheUidFreeForTheMovedObject() {
    String from = newCalendar();
    String to = newCalendar();
    put(from, "m.ics", event("m1", "20261201T100000Z", "20261201T110000Z", "x"), null, null, 200);
    given().contentType(ContentType.JSON)
        .body("{\"targetCollection\":\"" + to + "\",\"targetName\":\"moved.ics\",\"overwrite\":false,\"move\":true}")
        .post("/internal/collections/{id}/objects/{name}/copy", from, "m.ics")
        .then().statusCode(200).body("created", equalTo(true));
    given().get("/internal/collections/{id}/objects/{name}", from, "m.ics").then().statusCode(404);
    given().get("/internal/collections/{id}/objects/{name}", to, "moved.ics").then().statusCode(200);
  }
}
