package dev.partage.gateway.dav.property;

import dev.partage.contracts.collection.CollectionDto;
import dev.partage.contracts.collection.CollectionKind;
import dev.partage.dav.request.PropfindRequest;
import dev.partage.dav.response.MultistatusWriter;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Test data for the property tests, and rendering through the real multistatus writer. */
final class PropertyFixtures {

  static final String ANN = "ann@example.org";

  private PropertyFixtures() {}

  static CollectionDto workCalendar() {
    return new CollectionDto(
        UUID.fromString("6f0e1c1e-0000-4000-8000-000000000001"),
        ANN,
        "work",
        CollectionKind.CALENDAR,
        "Work & play",
        "#FF8800FF",
        "Meetings",
        null,
        Set.of("VTODO", "VEVENT"),
        3,
        Map.of(
            "{urn:example:x}note", "<x:note xmlns:x=\"urn:example:x\">kept <b>as is</b></x:note>"),
        17,
        Instant.parse("2026-01-02T03:04:05Z"),
        Instant.parse("2026-11-28T09:30:00Z"));
  }

  static String render(PropertyMap resource, PropfindRequest request) {
    return new MultistatusWriter().response(resource.href(), resource.propstats(request)).finish();
  }
}
