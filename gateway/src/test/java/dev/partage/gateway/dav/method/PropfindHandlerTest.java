package dev.partage.gateway.dav.method;

import static dev.partage.gateway.dav.DavRequests.ANN;
import static dev.partage.gateway.dav.DavRequests.request;
import static dev.partage.gateway.dav.XmlAssertions.assertSameXmlAs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.partage.contracts.error.ServiceException;
import dev.partage.dav.xml.DavException;
import dev.partage.dav.xml.DavNames;
import dev.partage.gateway.backend.CollectionRef;
import dev.partage.gateway.dav.DavRequests;
import dev.partage.gateway.dav.FakeAcl;
import dev.partage.gateway.dav.InMemoryCollection;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PropfindHandlerTest {

  private static final String W1 =
      "<d:propfind xmlns:d=\"DAV:\"><d:prop><d:getetag/><d:getcontenttype/><d:resourcetype/>"
          + "</d:prop></d:propfind>";

  private final InMemoryCollection api =
      new InMemoryCollection()
          .with("a.ics", "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n")
          .with("b b.ics", "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n");
  private final CollectionRef work =
      new CollectionRef(InMemoryCollection.calendar(ANN, "work"), api.api());
  // The calendar home's Depth 1 listing needs the collection directory; QuarkusTests cover it.
  private final PropfindHandler handler =
      new PropfindHandler(
          new PropfindResources(
              null,
              null,
              DavRequests.policy(),
              DavRequests.sharingProperties(new FakeAcl(), work)));

  @Test
  void depthOneListsTheCalendarThenEachMember() {
    Response response =
        handler.handle(
            request("/dav/calendars/ann@example.org/work/", Map.of("Depth", "1"), W1, work));
    assertThat(response.getStatus()).isEqualTo(207);
    assertThat(response.getHeaderString("Content-Type"))
        .isEqualTo("application/xml; charset=utf-8");
    assertSameXmlAs((String) response.getEntity(), "/dav/propfind-depth1.xml");
  }

  @Test
  void depthInfinityIsRefused() {
    assertThatThrownBy(
            () ->
                handler.handle(
                    request(
                        "/dav/calendars/ann@example.org/work/",
                        Map.of("Depth", "infinity"),
                        W1,
                        work)))
        .isInstanceOfSatisfying(
            DavException.class,
            e -> {
              assertThat(e.status()).isEqualTo(403);
              assertThat(e.condition()).isEqualTo(DavNames.PROPFIND_FINITE_DEPTH);
            });
  }

  @Test
  void aMissingObjectIsTheServicesNotFound() {
    assertThatThrownBy(
            () ->
                handler.handle(
                    request("/dav/calendars/ann@example.org/work/gone.ics", Map.of(), W1, work)))
        .isInstanceOfSatisfying(ServiceException.class, e -> assertThat(e.status()).isEqualTo(404));
  }

  @Test
  void anEmptyBodyIsAllprop() {
    String xml =
        (String)
            handler
                .handle(request("/dav/calendars/ann@example.org/work/a.ics", Map.of(), "", work))
                .getEntity();
    assertThat(xml)
        .contains("getetag")
        .contains("getcontentlength")
        .doesNotContain("calendar-data");
  }
}
