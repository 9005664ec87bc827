package dev.partage.storage.service;

import dev.partage.contracts.collection.ObjectData;
import dev.partage.dav.caldav.filter.TimeRange;
import dev.partage.storage.entity.ObjectEntity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
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
    if (window == null || (window.start() == null && window.end() == null)) {
      return ObjectEntity.<ObjectEntity>list("collectionId = ?1", collectionId).stream().map(ObjectEntity::toData).toList();
    }
    // first_start null: no time at all (always a candidate); last_end null: unbounded recurrence.
    // Inclusive on both sides: RFC 4791 section 9.9 has rows such as "start <= DTEND".
    return ObjectEntity.<ObjectEntity>list("""
            collectionId = ?1
            and (firstStart is null or ?3 is null or firstStart <= ?3)
            and (firstStart is null or lastEnd is null or ?2 is null or lastEnd >= ?2)""",
            collectionId, window.start(), window.end())
        .stream().map(ObjectEntity::toData).toList();
  }
}
