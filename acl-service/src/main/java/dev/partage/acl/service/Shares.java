package dev.partage.acl.service;

import dev.partage.acl.entity.GrantEntity;
import dev.partage.acl.entity.ShareeViewEntity;
import dev.partage.acl.entity.SharedCollectionEntity;
import dev.partage.acl.keycloak.Account;
import dev.partage.acl.keycloak.KeycloakAccounts;
import dev.partage.acl.messaging.GrantEvents;
import dev.partage.acl.policy.Address;
import dev.partage.contracts.acl.Grant;
import dev.partage.contracts.acl.GranteeRights;
import dev.partage.contracts.acl.GranteeType;
import dev.partage.contracts.acl.Right;
import dev.partage.contracts.acl.ShareRequest;
import dev.partage.contracts.error.ServiceException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Grants on a collection: set, revoke, list, forget. Only the owner or a MANAGE grantee changes
 * them; each change is published as a {@link dev.partage.contracts.event.GrantEvent} in the same
 * transaction.
 */
@ApplicationScoped
public class Shares {

  private final GranteeChecks checks;
  private final EffectiveRights rights;
  private final KeycloakAccounts accounts;
  private final GrantEvents events;

  Shares(GranteeChecks checks, EffectiveRights rights, KeycloakAccounts accounts, GrantEvents events) {
    this.checks = checks;
    this.rights = rights;
    this.accounts = accounts;
    this.events = events;
  }

  /** Sets the grants of the request's grantees, all of them or, on any refusal, none. */
  @Transactional
  public List<Grant> share(UUID id, Address caller, ShareRequest request) {
    requireComplete(request);
    Address owner = Address.parse(request.owner());
    SharedCollectionEntity collection = SharedCollectionEntity.findById(id);
    if (collection == null) {
      requireSame(caller, owner);
      collection = newCollection(id, owner, request);
    } else {
      if (!collection.owner.equals(owner.toString())) {
        throw new ServiceException(409, null, null,
            "This collection belongs to " + collection.owner + ", not to " + owner + ".");
      }
      requireManager(collection, caller);
    }
    collection.name = request.collectionName();
    collection.displayName = request.displayName();
    collection.color = request.color();
    for (GranteeRights wanted : request.grantees()) {
      set(collection, checks.check(owner, collection.kind, wanted));
    }
    // grantsOf's query flushes the grants first: a concurrent share's conflict surfaces as a 409
    return grantsOf(collection);
  }

  /** The collection's grants; none for a collection never shared. */
  @Transactional
  public List<Grant> grants(UUID id, Address caller) {
    SharedCollectionEntity collection = SharedCollectionEntity.findById(id);
    if (collection == null) {
      return List.of();
    }
    requireManager(collection, caller);
    return grantsOf(collection);
  }

  /**
   * Those of {@code collectionIds} that {@code owner} owns and that have at least one grant. The
   * owner is part of the query, so that nobody learns whether another person's collection is shared.
   */
  @Transactional
  public List<UUID> sharedAmong(Address owner, Collection<UUID> collectionIds) {
    if (collectionIds.isEmpty()) {
      return List.of();
    }
    return GrantEntity.getEntityManager()
        .createQuery("select distinct g.collection.id from GrantEntity g"
            + " where g.collection.owner = :owner and g.collection.id in :ids", UUID.class)
        .setParameter("owner", owner.toString())
        .setParameter("ids", collectionIds)
        .getResultList();
  }

  /** Revokes one grant; a user may also leave a share given to them. Idempotent. */
  @Transactional
  public void revoke(UUID id, Address caller, GranteeType type, String grantee) {
    SharedCollectionEntity collection = SharedCollectionEntity.findById(id);
    if (collection == null) {
      return;
    }
    String name = type == GranteeType.GROUP ? grantee.strip() : grantee.strip().toLowerCase(Locale.ROOT);
    boolean leaving = type == GranteeType.USER && name.equals(caller.toString());
    if (!leaving) {
      requireManager(collection, caller);
    }
    GrantEntity grant = GrantEntity.find("collection = ?1 and granteeType = ?2 and grantee = ?3", collection, type, name)
        .firstResult();
    if (grant != null) {
      events.removed(grant);
      grant.delete();
    }
  }

  /** Revokes every grant of the collection; nothing to do for one never shared. */
  @Transactional
  public void unshare(UUID id, Address caller) {
    SharedCollectionEntity collection = SharedCollectionEntity.findById(id);
    if (collection != null) {
      requireManager(collection, caller);
      forget(collection);
    }
  }

  /** Its owning service deleted the collection: its grants and views go too. Idempotent. */
  @Transactional
  public void forget(UUID id) {
    SharedCollectionEntity collection = SharedCollectionEntity.findById(id);
    if (collection != null) {
      forget(collection);
    }
  }

  private void forget(SharedCollectionEntity collection) {
    for (GrantEntity grant : GrantEntity.<GrantEntity>list("collection", collection)) {
      events.removed(grant);
      grant.delete();
    }
    ShareeViewEntity.delete("collection", collection);
    collection.delete();
  }

  private void set(SharedCollectionEntity collection, GranteeChecks.CheckedGrant checked) {
    GrantEntity grant = GrantEntity.find("collection = ?1 and granteeType = ?2 and grantee = ?3",
        collection, checked.type(), checked.grantee()).firstResult();
    if (grant != null && grant.rights.equals(checked.rights())) {
      return; // unchanged: no event
    }
    if (grant == null) {
      grant = new GrantEntity();
      grant.collection = collection;
      grant.granteeType = checked.type();
      grant.grantee = checked.grantee();
    }
    grant.rights = checked.rights();
    grant.grantedAt = Instant.now();
    grant.persist();
    events.set(grant);
  }

  private SharedCollectionEntity newCollection(UUID id, Address owner, ShareRequest request) {
    SharedCollectionEntity collection = new SharedCollectionEntity();
    collection.id = id;
    collection.kind = request.kind();
    collection.owner = owner.toString();
    collection.ownerDisplayName = accounts.find(owner).map(Account::displayName).orElse(null);
    collection.name = request.collectionName();
    collection.persist();
    return collection;
  }

  private void requireManager(SharedCollectionEntity collection, Address caller) {
    if (!rights.on(collection, caller).contains(Right.MANAGE)) {
      throw new ServiceException(403, "DAV:", "need-privileges",
          "Only the owner of this collection, or someone they let manage it, may change who it is shared with.");
    }
  }

  private static void requireSame(Address caller, Address owner) {
    if (!caller.equals(owner)) {
      throw new ServiceException(403, "DAV:", "need-privileges",
          "Only " + owner + " may share a collection of " + owner + ".");
    }
  }

  private static List<Grant> grantsOf(SharedCollectionEntity collection) {
    return GrantEntity.<GrantEntity>list("collection = ?1 order by granteeType, grantee", collection).stream()
        .map(GrantEntity::toGrant)
        .toList();
  }

  private static void requireComplete(ShareRequest request) {
    if (request == null || request.kind() == null || request.owner() == null
        || request.collectionName() == null || request.collectionName().isBlank()
        || request.grantees() == null || request.grantees().isEmpty()) {
      throw new ServiceException(400, null, null,
          "A share names the collection's kind, owner and name and at least one grantee.");
    }
  }
}
