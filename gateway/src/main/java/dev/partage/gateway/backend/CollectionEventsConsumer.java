package dev.partage.gateway.backend;

import dev.partage.contracts.event.CollectionEvent;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Keeps {@link CollectionDirectory} fresh when another gateway replica, or a service on its own,
 * changed a collection. Idempotent: forgetting twice costs one extra look-up.
 */
@ApplicationScoped
class CollectionEventsConsumer {

  private final CollectionDirectory directory;

  CollectionEventsConsumer(CollectionDirectory directory) {
    this.directory = directory;
  }

  @Incoming("collection-events")
  void onEvent(CollectionEvent event) {
    directory.forget(event.owner());
  }
}
