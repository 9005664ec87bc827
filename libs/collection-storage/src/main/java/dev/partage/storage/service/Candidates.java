package dev.partage.storage.service;

import dev.partage.contracts.collection.ObjectData;
import dev.partage.dav.caldav.filter.TimeRange;
import dev.partage.storage.entity.ObjectEntity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The objects whose indexed time span overlaps a window, fetched in one query: a one-week query on
 * a 10,000-event calendar reads the week's candidates, not the calendar.
 */
@ApplicationScoped
public class Candidates {

  @Transactional
  public List<ObjectData> within(UUID collectionId, TimeRange window) {
    Collections.require(collectionId);
    // first_start null: no time at all (always a candidate); last_end null: unbounded recurrence.
    // Inclusive on both sides: RFC 4791 section 9.9 has rows such as "start <= DTEND".
    StringBuilder where = new StringBuilder("collectionId = :collection");
    Map<String, Object> parameters = new HashMap<>();
    parameters.put("collection", collectionId);
    if (window != null && window.end() != null) {
      where.append(" and (firstStart is null or firstStart <= :end)");
      parameters.put("end", window.end());
    }
    if (window != null && window.start() != null) {
      where.append(" and (firstStart is null or lastEnd is null or lastEnd >= :start)");
      parameters.put("start", window.start());
    }
    return ObjectEntity.<ObjectEntity>list(where.toString(), parameters).stream().map(ObjectEntity::toData).toList();
  }
}
