package dev.partage.gateway.backend;

import dev.partage.contracts.acl.GranteeType;
import dev.partage.contracts.event.GrantEvent;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Keeps the decisions and the sharees' homes fresh on every replica when a grant is set or
 * removed, so that a revocation takes effect within the event's delay (about a second), not at
 * the caches' expiry. Idempotent: forgetting twice costs one extra look-up.
 */
@ApplicationScoped
class GrantEventsConsumer {

  private final AclDecisions decisions;
  private final SharedCollections shared;

  GrantEventsConsumer(AclDecisions decisions, SharedCollections shared) {
    this.decisions = decisions;
    this.shared = shared;
  }

  @Incoming("grant-events")
  void onEvent(GrantEvent event) {
    decisions.forget(event.collectionId());
    if (event.granteeType() == GranteeType.USER) {
      shared.forget(event.grantee());
    } else {
      shared.forgetAll();
    }
  }
}
