package dev.partage.storage.service;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A validated object's index columns.
 *
 * @param firstStart earliest instance start, null when the object has no time
 * @param lastEnd latest instance end, null when unbounded
 * @param instances its instances, for answering time windows without reading the body
 * @param searchText folded values by property name, the text index that narrows text-match queries
 *     (a card's FN, EMAIL...); empty when the service searches no text this way
 */
public record IndexedObject(
    String uid,
    String component,
    String contentType,
    Instant firstStart,
    Instant lastEnd,
    Instances instances,
    Map<String, List<String>> searchText) {

  public IndexedObject {
    searchText = searchText == null ? Map.of() : Map.copyOf(searchText);
  }
}
