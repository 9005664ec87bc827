package dev.partage.gateway.dav;

import dev.partage.contracts.acl.Decision;
import dev.partage.contracts.acl.Grant;
import dev.partage.contracts.acl.GranteeType;
import dev.partage.contracts.acl.Person;
import dev.partage.contracts.acl.Right;
import dev.partage.contracts.acl.ShareRequest;
import dev.partage.contracts.acl.SharedCollection;
import dev.partage.contracts.acl.SharerView;
import dev.partage.contracts.acl.ViewPatch;
import dev.partage.contracts.api.AclApi;
import jakarta.ws.rs.ProcessingException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * acl-service as the gateway's handlers see it: decisions set by the test, and a record of what was
 * asked. Nothing else is served.
 */
public class FakeAcl implements AclApi {

  private final Map<String, Set<Right>> rights = new HashMap<>();
  public final List<String> decisionsAsked = new ArrayList<>();
  public final List<String> revoked = new ArrayList<>();
  public final List<List<UUID>> sharedAmongAsked = new ArrayList<>();

  /** When set, {@link #sharedAmong} fails as an acl-service that cannot be reached. */
  public boolean sharedAmongUnreachable;
  public ViewPatch lastViewPatch;
  public List<ShareRequest> shares = new ArrayList<>();

  /** How many times the grants of a collection were asked for. */
  public int grantsAsked;

  /** The grants {@link #grants} lists, as acl-service stores them. */
  public final List<Grant> grants = new ArrayList<>();

  /** {@code user} may do {@code granted} with the collection. */
  public FakeAcl grant(String user, UUID collectionId, Set<Right> granted) {
    rights.put(user + " " + collectionId, granted);
    return this;
  }

  @Override
  public Decision decide(String principal, UUID collectionId) {
    decisionsAsked.add(principal + " " + collectionId);
    return new Decision(rights.getOrDefault(principal + " " + collectionId, Set.of()));
  }

  @Override
  public List<Grant> share(UUID collectionId, ShareRequest request) {
    shares.add(request);
    return List.of();
  }

  @Override
  public void revoke(UUID collectionId, GranteeType type, String grantee) {
    revoked.add(collectionId + " " + type + " " + grantee);
  }

  @Override
  public SharerView patchView(String user, UUID collectionId, ViewPatch patch) {
    lastViewPatch = patch;
    return new SharerView("shared", patch.displayName(), patch.color(), patch.order());
  }

  @Override
  public List<Grant> grants(UUID collectionId) {
    grantsAsked++;
    return grants.stream().filter(grant -> grant.collectionId().equals(collectionId)).toList();
  }

  @Override
  public List<UUID> sharedAmong(String user, List<UUID> collectionIds) {
    sharedAmongAsked.add(collectionIds);
    if (sharedAmongUnreachable) {
      throw new ProcessingException("Connection refused");
    }
    return collectionIds.stream()
        .filter(id -> grants.stream().anyMatch(grant -> grant.collectionId().equals(id)))
        .toList();
  }

  @Override
  public void unshare(UUID collectionId) {
    throw new UnsupportedOperationException();
  }

  @Override
  public List<SharedCollection> shared(String user, List<String> ownNames) {
    throw new UnsupportedOperationException();
  }

  @Override
  public List<Person> directory(String query, String forUser) {
    throw new UnsupportedOperationException();
  }
}
