package dev.partage.gateway.dav.method;

import static dev.partage.gateway.dav.DavRequests.ANN;
import static dev.partage.gateway.dav.DavRequests.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.partage.gateway.backend.CollectionRef;
import dev.partage.gateway.dav.InMemoryCollection;
import dev.partage.gateway.dav.error.MethodNotAllowed;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ObjectReaderTest {

  private static final String EVENT = "BEGIN:VCALENDAR\r\nSUMMARY:Réunion\r\nEND:VCALENDAR\r\n";
  private static final String PATH = "/dav/calendars/ann@example.org/work/e.ics";

  private final InMemoryCollection api = new InMemoryCollection().with("e.ics", EVENT);
  private final CollectionRef work =
      new CollectionRef(InMemoryCollection.calendar(ANN, "work"), api.api());
  private final ObjectReader reader = new ObjectReader();

  @Test
  void getServesTheObjectWithItsValidators() {
    Response response = reader.read(request(PATH, Map.of(), null, work), true);
    assertThat(response.getStatus()).isEqualTo(200);
    assertThat(response.getHeaderString("ETag")).isEqualTo("\"e.ics-1\"");
    assertThat(response.getHeaderString("Last-Modified"))
        .isEqualTo("Sat, 28 Nov 2026 09:30:00 GMT");
    assertThat(response.getMediaType().toString()).startsWith("text/calendar");
    assertThat((byte[]) response.getEntity()).isEqualTo(EVENT.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void headSendsTheHeadersAndTheLengthButNoBody() {
    Response response = reader.read(request(PATH, Map.of(), null, work), false);
    assertThat(response.hasEntity()).isFalse();
    assertThat(response.getHeaderString("Content-Length"))
        .isEqualTo(Integer.toString(EVENT.getBytes(StandardCharsets.UTF_8).length));
  }

  @Test
  void aCurrentCopyIsNotSentAgain() {
    Response response =
        reader.read(request(PATH, Map.of("If-None-Match", "\"e.ics-1\""), null, work), true);
    assertThat(response.getStatus()).isEqualTo(304);
    assertThat(response.getHeaderString("ETag")).isEqualTo("\"e.ics-1\"");
  }

  @Test
  void aCollectionHasNoBodyToGet() {
    assertThatThrownBy(
            () ->
                reader.read(
                    request("/dav/calendars/ann@example.org/work/", Map.of(), null, work), true))
        .isInstanceOfSatisfying(
            MethodNotAllowed.class,
            e -> assertThat(e.allow()).contains("PROPFIND").doesNotContain("GET"));
  }
}
