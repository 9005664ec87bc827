package dev.partage.storage.service;

import java.time.Instant;

/**
 * A validated object's index columns.
 *
 * @param firstStart earliest instance start, null when the object has no time
 * @param lastEnd latest instance end, null when unbounded
 * @param instances its instances, for answering time windows without reading the body
 */
public record IndexedObject(
    String uid,
    String component,
    String contentType,
    Instant firstStart,
    Instant lastEnd,
    Instances instances) {}
