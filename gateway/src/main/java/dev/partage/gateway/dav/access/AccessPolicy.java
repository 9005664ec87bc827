package dev.partage.gateway.dav.access;

import dev.partage.gateway.backend.AclDecisions;
import dev.partage.gateway.backend.CollectionRef;
import dev.partage.gateway.dav.routing.DavTarget;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/**
 * Decides what a user may do on a target, in one place (STYLE.md, Radicale's {@code Access}). A
 * user may do everything in their own home and with their own collections; anyone else's
 * collection, whether reached in its owner's home or under its name in the user's home, is what
 * acl-service decides (ADR 0009), mapped to DAV privileges by {@link RightsPrivileges}.
 */
@ApplicationScoped
public class AccessPolicy {

  private final AclDecisions decisions;

  public AccessPolicy(AclDecisions decisions) {
    this.decisions = decisions;
  }

  /**
   * @param collection the existing collection the target names or lies in, as {@link
   *     dev.partage.gateway.backend.CollectionLocator} found it
   */
  public Access decide(String user, DavTarget target, Optional<CollectionRef> collection) {
    return switch (target) {
      case DavTarget.Root root -> Access.DISCOVERY;
      case DavTarget.Unknown unknown -> Access.NONE;
      case DavTarget.Collection c -> collectionAccess(user, target, collection);
      case DavTarget.Member m -> collectionAccess(user, target, collection);
      // Another user's principal and homes answer exactly like missing ones: a 404 tells nothing.
      default -> ownerOnly(user, target);
    };
  }

  private Access collectionAccess(
      String user, DavTarget target, Optional<CollectionRef> collection) {
    if (collection.isEmpty()) {
      // Only in one's own home may a missing collection or member be created.
      return ownerOnly(user, target);
    }
    CollectionRef found = collection.get();
    if (found.owner().equals(user)) {
      return Access.OWNER;
    }
    return RightsPrivileges.of(decisions.rights(user, found.id()));
  }

  private static Access ownerOnly(String user, DavTarget target) {
    return user.equals(target.owner()) ? Access.OWNER : Access.NONE;
  }
}
