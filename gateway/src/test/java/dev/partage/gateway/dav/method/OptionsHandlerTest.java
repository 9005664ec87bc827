package dev.partage.gateway.dav.method;

import static dev.partage.gateway.dav.DavRequests.request;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OptionsHandlerTest {

  private final OptionsHandler handler = new OptionsHandler();

  @Test
  void advertisesCalendarAndAddressBookAccessWithoutLocking() {
    Response response = handler.handle(request("/", Map.of(), null, null));
    assertThat(response.getStatus()).isEqualTo(200);
    assertThat(response.getHeaderString("DAV"))
        .isEqualTo(
            "1, 3, access-control, calendar-access, addressbook, extended-mkcol,"
                + " calendarserver-sharing, resource-sharing")
        .doesNotContain("2");
  }

  @Test
  void allowListsWhatEachResourceSupports() {
    assertThat(
            handler
                .handle(request("/dav/calendars/ann@example.org/work/e.ics", Map.of(), null, null))
                .getHeaderString("Allow"))
        .contains("GET", "PUT", "COPY", "MOVE")
        .doesNotContain("MKCALENDAR");
    assertThat(
            handler
                .handle(request("/dav/calendars/ann@example.org/work/", Map.of(), null, null))
                .getHeaderString("Allow"))
        .contains("REPORT", "MKCALENDAR", "PROPPATCH")
        .doesNotContain("GET");
    assertThat(
            handler
                .handle(request("/dav/addressbooks/ann@example.org/friends/", Map.of(), null, null))
                .getHeaderString("Allow"))
        .contains("REPORT", "MKCOL", "PROPPATCH")
        .doesNotContain("MKCALENDAR");
  }
}
