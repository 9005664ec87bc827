package dev.partage.storage.service;

import dev.partage.contracts.event.CollectionEvent;
import dev.partage.storage.entity.CollectionEntity;
import dev.partage.storage.messaging.EventOutbox;
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
    outbox.append(new CollectionEvent(
        type, collection.id, collection.kind, collection.owner, null, collection.syncRevision, Instant.now()));
  }

  public void object(CollectionEvent.Type type, CollectionEntity collection, String name, long revision) {
    outbox.append(new CollectionEvent(type, collection.id, collection.kind, collection.owner, name, revision, Instant.now()));
  }
}
