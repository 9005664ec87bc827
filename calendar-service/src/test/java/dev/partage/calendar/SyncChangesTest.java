package dev.partage.calendar;

import static dev.partage.calendar.Fixtures.event;
import static dev.partage.calendar.Fixtures.newCalendar;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;

import dev.partage.stack.testing.PostgresKafkaResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(PostgresKafkaResource.class)
@TestSecurity(user = Fixtures.OWNER)
class SyncChangesTest {

  private static void put(String cal, String name) {
    given().contentType("text/calendar").body(event(name, "20261201T100000Z", "20261201T110000Z", name))
        .put("/internal/collections/{id}/objects/{name}", cal, name).then().statusCode(200);
  }

  private static int revision(String cal, long since) {
    return given().queryParam("since", since).get("/internal/collections/{id}/changes", cal)
        .then().statusCode(200).extract().path("revision");
  }

  @Test
  void anEmptyTokenListsTheMembersAndALaterOneTheChangesWithTombstones() {
    String cal = newCalendar();
    put(cal, "a");
    put(cal, "b");
    given().queryParam("since", 0).get("/internal/collections/{id}/changes", cal)
        .then().body("changes.name", containsInAnyOrder("a", "b")).body("revision", equalTo(2));

    int token = revision(cal, 0);
    put(cal, "c");
    given().delete("/internal/collections/{id}/objects/{name}", cal, "a").then().statusCode(200);
    given().queryParam("since", token).get("/internal/collections/{id}/changes", cal)
        .then().body("changes.name", contains("c", "a"))
        .body("changes.deleted", contains(false, true))
        .body("revision", equalTo(4));
  }

  @Test
  void aTokenFromTheFutureIsNotValid() {
    String cal = newCalendar();
    given().queryParam("since", 99).get("/internal/collections/{id}/changes", cal)
        .then().statusCode(403).body("condition", equalTo("valid-sync-token")).body("namespace", equalTo("DAV:"));
  }

  @Test
  void aLimitTruncatesAndTheNextTokenContinues() {
    String cal = newCalendar();
    put(cal, "a");
    put(cal, "b");
    put(cal, "c");
    given().queryParam("since", 0).queryParam("limit", 2).get("/internal/collections/{id}/changes", cal)
        .then().body("changes.name", contains("a", "b")).body("truncated", equalTo(true)).body("revision", equalTo(2));
    given().queryParam("since", 2).queryParam("limit", 2).get("/internal/collections/{id}/changes", cal)
        .then().body("changes.name", contains("c")).body("truncated", equalTo(false)).body("revision", equalTo(3));
  }

  @Test
  void anInitialLimitedListingIsNotTruncatedByTombstonesAlone() {
    String cal = newCalendar();
    put(cal, "a");
    put(cal, "b");
    put(cal, "c");
    given().delete("/internal/collections/{id}/objects/{name}", cal, "c").then().statusCode(200);
    given().queryParam("since", 0).queryParam("limit", 2).get("/internal/collections/{id}/changes", cal)
        .then().body("changes.name", contains("a", "b")).body("truncated", equalTo(false)).body("revision", equalTo(4));
  }
}
