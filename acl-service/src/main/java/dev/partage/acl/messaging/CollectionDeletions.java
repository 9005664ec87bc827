package dev.partage.acl.messaging;

import dev.partage.acl.service.Shares;
import dev.partage.contracts.event.CollectionEvent;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Forgets the grants and views of a collection its owning service deleted. Idempotent: a
 * redelivered deletion finds nothing left to forget.
 */
@ApplicationScoped
class CollectionDeletions {

  private final Shares shares;

  CollectionDeletions(Shares shares) {
    this.shares = shares;
  }

  @Incoming("collection-events")
  @Blocking
  void onEvent(CollectionEvent event) {
    if (event.type() == CollectionEvent.Type.COLLECTION_DELETED) {
      shares.forget(event.collectionId());
    }
  }
}
