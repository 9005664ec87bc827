package dev.partage.contracts.event;

import dev.partage.contracts.collection.CollectionKind;
import java.time.Instant;
import java.util.UUID;

/**
 * What a collection service publishes after each committed change, keyed by collection id so
 * that one collection's events stay in order. Consumers must be idempotent: delivery is at least
 * once.
 *
 * @param objectName the member concerned, null for collection events
 */
public record CollectionEvent(
    Type type,
    UUID collectionId,
    CollectionKind kind,
    String owner,
    String objectName,
    long syncRevision,
    Instant at) {

  public enum Type {
    COLLECTION_CREATED,
    COLLECTION_CHANGED,
    COLLECTION_DELETED,
    OBJECT_CHANGED,
    OBJECT_DELETED
  }
}
