package dev.partage.e2e;

import static dev.partage.e2e.support.Xml.DAV;
import static org.assertj.core.api.Assertions.assertThat;

import dev.partage.e2e.StackExtension.Stack;
import dev.partage.e2e.support.AdvancedShare;
import dev.partage.e2e.support.Dav;
import dev.partage.e2e.support.DavError;
import dev.partage.e2e.support.Ics;
import dev.partage.e2e.support.Sharing;
import dev.partage.e2e.support.Xml;
import io.restassured.response.Response;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A calendar shared for free/busy only (issue 5: it "advertises C:read-free-busy and answers
 * free-busy-query but no GET"): the sharee learns when the owner is busy, never what they do.
 */
@ExtendWith(StackExtension.class)
class SharingFreeBusyIT {

  private static final String NEED_PRIVILEGES = Xml.name(DAV, "need-privileges");

  private final String name = "Disponibilités " + UUID.randomUUID();

  @Test
  void aFreeBusyShareeSeesBusyTimeAndNothingElse(Stack stack) {
    Dav gilles = Dav.as(stack, Dav.GILLES);
    Dav david = Dav.as(stack, Dav.DAVID);
    String calendar = AdvancedShare.newCalendarNamed(gilles, name);
    gilles.create(
        calendar + "secret.ics",
        Ics.singleEvent(
            "secret-" + UUID.randomUUID(), "20261210T100000Z", "20261210T110000Z", "Secret"));
    String copy = AdvancedShare.calendar(stack, gilles, calendar, name, david, "freebusy");

    assertThat(Sharing.privileges(Sharing.findShared(david, david.home(), name).orElseThrow()))
        .containsExactly("read-free-busy");
    String freeBusy = freeBusyQuery(david, copy).then().statusCode(200).extract().asString();
    assertThat(Ics.values(freeBusy, "FREEBUSY"))
        .flatExtracting(value -> List.of(value.split(",")))
        .singleElement()
        .satisfies(
            period ->
                assertThat(period)
                    .isIn("20261210T100000Z/20261210T110000Z", "20261210T100000Z/PT1H"));
    assertThat(freeBusy).doesNotContain("Secret");

    assertNeedsPrivileges(david.request().get(copy + "secret.ics"));
    assertNeedsPrivileges(report(david, copy, calendarQuery()));
    assertNeedsPrivileges(report(david, copy, multiget(copy + "secret.ics")));
    assertNeedsPrivileges(
        david
            .request()
            .header("Depth", "1")
            .contentType(Dav.XML)
            .body("<d:propfind xmlns:d=\"DAV:\"><d:prop><d:getetag/></d:prop></d:propfind>")
            .request("PROPFIND", copy));
  }

  private static void assertNeedsPrivileges(Response response) {
    assertThat(DavError.of(response, 403).conditions()).contains(NEED_PRIVILEGES);
  }

  private static Response freeBusyQuery(Dav user, String calendar) {
    return report(
        user,
        calendar,
        """
        <c:free-busy-query xmlns:c="urn:ietf:params:xml:ns:caldav">
          <c:time-range start="20261210T000000Z" end="20261211T000000Z"/>
        </c:free-busy-query>""");
  }

  private static Response report(Dav user, String calendar, String body) {
    return user.request()
        .header("Depth", "1")
        .contentType(Dav.XML)
        .body(body)
        .request("REPORT", calendar);
  }

  private static String calendarQuery() {
    return """
    <c:calendar-query xmlns:d="DAV:" xmlns:c="urn:ietf:params:xml:ns:caldav">
      <d:prop><d:getetag/><c:calendar-data/></d:prop>
      <c:filter><c:comp-filter name="VCALENDAR"/></c:filter>
    </c:calendar-query>""";
  }

  private static String multiget(String href) {
    return """
    <c:calendar-multiget xmlns:d="DAV:" xmlns:c="urn:ietf:params:xml:ns:caldav">
      <d:prop><d:getetag/><c:calendar-data/></d:prop>
      <d:href>%s</d:href>
    </c:calendar-multiget>"""
        .formatted(href);
  }
}
