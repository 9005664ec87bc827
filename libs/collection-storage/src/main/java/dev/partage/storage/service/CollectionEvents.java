package dev.partage.storage.service;

import dev.partage.contracts.event.CollectionEvent;
import dev.partage.contracts.event.Topics;
import dev.partage.outbox.EventOutbox;
import dev.partage.storage.entity.CollectionEntity;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;

/** Builds the event for each kind of change and hands it to the outbox. */
@ApplicationScoped
public class CollectionEvents {

  private final EventOutbox outbox;

  CollectionEvents(EventOutbox outbox) {
    this.outbox = outbox;
  }

  public void collection(CollectionEvent.Type type, CollectionEntity collection) {
    append(new CollectionEvent(
        type, collection.id, collection.kind, collection.owner, null, collection.syncRevision, Instant.now()));
  }

  public void object(CollectionEvent.Type type, CollectionEntity collection, String name, long revision) {
    append(new CollectionEvent(type, collection.id, collection.kind, collection.owner, name, revision, Instant.now()));
  }

  /** Keyed by collection id, so that one collection's events stay in order. */
  private void append(CollectionEvent event) {
    outbox.append(Topics.of(event.kind()), event.collectionId().toString(), event);
  }
}
