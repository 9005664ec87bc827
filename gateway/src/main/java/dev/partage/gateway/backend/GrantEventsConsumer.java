package dev.partage.gateway.backend;

import dev.partage.contracts.event.GrantEvent;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Keeps the decisions, the sharees' homes and the owners' shared marks fresh on every replica when
 * a grant is set or removed, so that a revocation takes effect within the event's delay (about a
 * second), not at the caches' expiry. Idempotent: forgetting twice costs one extra look-up.
 */
@ApplicationScoped
class GrantEventsConsumer {

  private final GrantCaches caches;

  GrantEventsConsumer(GrantCaches caches) {
    this.caches = caches;
  }

  @Incoming("grant-events")
  void onEvent(GrantEvent event) {
    caches.grantChanged(event.collectionId(), event.owner(), event.granteeType(), event.grantee());
  }
}
