package dev.partage.gateway.backend;

import dev.partage.contracts.acl.GranteeType;
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

  private final AclDecisions decisions;
  private final SharedCollections shared;
  private final OwnedShares owned;

  GrantEventsConsumer(AclDecisions decisions, SharedCollections shared, OwnedShares owned) {
    this.decisions = decisions;
    this.shared = shared;
    this.owned = owned;
  }

  @Incoming("grant-events")
  void onEvent(GrantEvent event) {
    decisions.forget(event.collectionId());
    owned.forget(event.owner());
    if (event.granteeType() == GranteeType.USER) {
      shared.forget(event.grantee());
    } else {
      shared.forgetAll();
    }
  }
}
