package dev.partage.gateway.backend;

import dev.partage.contracts.acl.GranteeType;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/**
 * Everything a gateway remembers about grants, dropped together when a grant changes: the
 * decisions on the collection, the sharees' homes and the owner's CS:shared-owner marks. The
 * gateway that makes a change calls it at once, so that its own next answer already shows the
 * change; every replica calls it again when the grant event arrives ({@link GrantEventsConsumer}).
 * Forgetting twice costs one extra look-up.
 */
@ApplicationScoped
public class GrantCaches {

  private final AclDecisions decisions;
  private final SharedCollections shared;
  private final OwnedShares owned;

  GrantCaches(AclDecisions decisions, SharedCollections shared, OwnedShares owned) {
    this.decisions = decisions;
    this.shared = shared;
    this.owned = owned;
  }

  /** One grantee's grant on the owner's collection was set, changed or revoked. */
  public void grantChanged(UUID collectionId, String owner, GranteeType type, String grantee) {
    decisions.forget(collectionId);
    owned.forget(owner);
    if (type == GranteeType.USER) {
      shared.forget(grantee);
    } else {
      // A group's or a domain's members are not known here: every sharee's home is looked up again.
      shared.forgetAll();
    }
  }

  /** Several grants of the owner's collection changed at once, or the collection is gone. */
  public void grantsChanged(UUID collectionId, String owner) {
    decisions.forget(collectionId);
    owned.forget(owner);
    shared.forgetAll();
  }
}
