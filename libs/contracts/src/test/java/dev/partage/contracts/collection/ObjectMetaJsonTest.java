package dev.partage.contracts.collection;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ObjectMetaJsonTest {

  /** Configured as Quarkus configures its ObjectMapper: dates as ISO text unless a field says otherwise. */
  private final ObjectMapper mapper =
      new ObjectMapper()
          .registerModule(new JavaTimeModule())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

  private static final Instant STORED = Instant.parse("2026-11-29T04:10:12.123456Z");

  @Test
  void lastModifiedTravelsAsANumberAndKeepsItsMicroseconds() throws Exception {
    ObjectMeta meta = new ObjectMeta("a.ics", "\"e1\"", "text/calendar", 42, STORED);

    String json = mapper.writeValueAsString(meta);

    assertThat(mapper.readTree(json).get("lastModified").isNumber()).isTrue();
    assertThat(mapper.readValue(json, ObjectMeta.class)).isEqualTo(meta);
  }

  @Test
  void wholeSecondsAndMissingDatesRoundTrip() throws Exception {
    ObjectData whole = new ObjectData("a.ics", "\"e1\"", null, 0, Instant.ofEpochSecond(1_700_000_000L), "BEGIN:VCALENDAR");
    ObjectData undated = new ObjectData("b.ics", "\"e2\"", null, 0, null, "BEGIN:VCALENDAR");

    assertThat(mapper.readValue(mapper.writeValueAsString(whole), ObjectData.class)).isEqualTo(whole);
    assertThat(mapper.readValue(mapper.writeValueAsString(undated), ObjectData.class)).isEqualTo(undated);
  }

  @Test
  void isoTextFromAnOlderServiceIsStillRead() throws Exception {
    JsonNode legacy =
        mapper.createObjectNode()
            .put("name", "a.ics")
            .put("etag", "\"e1\"")
            .put("size", 1)
            .put("lastModified", "2026-11-29T04:10:12.123456Z");

    assertThat(mapper.treeToValue(legacy, ObjectMeta.class).lastModified()).isEqualTo(STORED);
  }
}
