package dev.partage.contracts.event;

import dev.partage.contracts.acl.GranteeType;
import dev.partage.contracts.acl.Right;
import dev.partage.contracts.collection.CollectionKind;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * What acl-service publishes on {@link Topics#GRANTS} after each committed grant change, keyed by
 * collection id. Delivery is at least once: consumers must be idempotent.
 *
 * @param rights the grant's rights after the change; empty for {@link Type#GRANT_REMOVED}
 */
public record GrantEvent(
    Type type,
    UUID collectionId,
    CollectionKind kind,
    String owner,
    GranteeType granteeType,
    String grantee,
    Set<Right> rights,
    Instant at) {

  public enum Type {
    GRANT_SET,
    GRANT_REMOVED
  }
}
