package dev.partage.acl.rest;

import dev.partage.acl.policy.Address;
import dev.partage.acl.service.Directory;
import dev.partage.acl.service.EffectiveRights;
import dev.partage.acl.service.ShareeViews;
import dev.partage.acl.service.Shares;
import dev.partage.contracts.acl.Decision;
import dev.partage.contracts.acl.Grant;
import dev.partage.contracts.acl.GranteeType;
import dev.partage.contracts.acl.Person;
import dev.partage.contracts.acl.ShareRequest;
import dev.partage.contracts.acl.SharedCollection;
import dev.partage.contracts.acl.SharerView;
import dev.partage.contracts.acl.ViewPatch;
import dev.partage.contracts.api.AclApi;
import dev.partage.contracts.error.ServiceException;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The acl-service API. The caller is the user of the forwarded token; a principal's own shares,
 * views and decisions are for that principal alone.
 */
@Authenticated
public class AclResource implements AclApi {

  private final SecurityIdentity identity;
  private final Shares shares;
  private final ShareeViews views;
  private final EffectiveRights rights;
  private final Directory directory;

  AclResource(SecurityIdentity identity, Shares shares, ShareeViews views, EffectiveRights rights, Directory directory) {
    this.identity = identity;
    this.shares = shares;
    this.views = views;
    this.rights = rights;
    this.directory = directory;
  }

  @Override
  public List<Grant> share(UUID collectionId, ShareRequest request) {
    return shares.share(collectionId, caller(), request);
  }

  @Override
  public List<Grant> grants(UUID collectionId) {
    return shares.grants(collectionId, caller());
  }

  @Override
  public void revoke(UUID collectionId, GranteeType type, String grantee) {
    shares.revoke(collectionId, caller(), type, grantee);
  }

  @Override
  public void unshare(UUID collectionId) {
    shares.unshare(collectionId, caller());
  }

  @Override
  public List<SharedCollection> shared(String user, List<String> ownNames) {
    Set<String> names = ownNames == null ? Set.of() : Set.copyOf(ownNames);
    Address sharee = self(user);
    return ConflictRetries.retried(() -> views.sharedWith(sharee, names));
  }

  @Override
  public List<UUID> sharedAmong(String user, List<UUID> collectionIds) {
    return shares.sharedAmong(self(user), collectionIds == null ? Set.of() : Set.copyOf(collectionIds));
  }

  @Override
  public SharerView patchView(String user, UUID collectionId, ViewPatch patch) {
    return views.patch(self(user), collectionId, patch);
  }

  @Override
  public Decision decide(String principal, UUID collectionId) {
    if (collectionId == null) {
      throw new ServiceException(400, null, null, "Name the collection to decide on (collection=<id>).");
    }
    return rights.decide(collectionId, self(principal));
  }

  @Override
  public List<Person> directory(String query, String forUser) {
    return directory.find(self(forUser), query);
  }

  private Address caller() {
    return Address.parse(identity.getPrincipal().getName());
  }

  /** {@code user}, when it is the caller: nobody reads another person's shares or rights. */
  private Address self(String user) {
    Address caller = caller();
    if (user == null || !Address.parse(user).equals(caller)) {
      throw new ServiceException(403, "DAV:", "need-privileges",
          "You may only look at your own shares, as " + caller + ".");
    }
    return caller;
  }
}
