package dev.partage.calendar;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import java.util.UUID;

/** Requests and bodies the calendar-service tests share. */
final class Fixtures {

  static final String OWNER = "gilles.buisson@namebay.example";

  private Fixtures() {}

  /** Creates a calendar for the owner and returns its id. */
  static String newCalendar(String... components) {
    String set = components.length == 0 ? "null" : "[\"" + String.join("\",\"", components) + "\"]";
    return given().contentType(ContentType.JSON)
        .body("{\"name\":\"cal-" + UUID.randomUUID() + "\",\"displayName\":\"Test\",\"components\":" + set + "}")
        .post("/internal/homes/{owner}/collections", OWNER)
        .then().statusCode(200)
        .extract().path("id");
  }

  static String event(String uid, String start, String end, String summary) {
    return "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Partage//tests//EN\r\nBEGIN:VEVENT\r\n"
        + "UID:" + uid + "\r\nDTSTAMP:20260101T000000Z\r\nDTSTART:" + start + "\r\nDTEND:" + end
        + "\r\nSUMMARY:" + summary + "\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
  }

  static String weekly(String uid, String start, String end, String until) {
    return "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Partage//tests//EN\r\nBEGIN:VEVENT\r\n"
        + "UID:" + uid + "\r\nDTSTAMP:20260101T000000Z\r\nDTSTART:" + start + "\r\nDTEND:" + end
        + "\r\nRRULE:FREQ=WEEKLY" + (until == null ? "" : ";UNTIL=" + until)
        + "\r\nSUMMARY:weekly\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
  }

  static String todo(String uid) {
    return "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Partage//tests//EN\r\nBEGIN:VTODO\r\n"
        + "UID:" + uid + "\r\nDTSTAMP:20260101T000000Z\r\nSUMMARY:task\r\nEND:VTODO\r\nEND:VCALENDAR\r\n";
  }
}
