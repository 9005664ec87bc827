package dev.partage.acl.service;

import dev.partage.acl.entity.GrantEntity;
import dev.partage.acl.entity.SharedCollectionEntity;
import dev.partage.acl.keycloak.KeycloakAccounts;
import dev.partage.acl.policy.Address;
import dev.partage.acl.policy.HostedDomain;
import dev.partage.contracts.acl.Decision;
import dev.partage.contracts.acl.GranteeType;
import dev.partage.contracts.acl.Right;
import dev.partage.contracts.acl.Role;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * What a principal may do with shared collections: the union of the grants that reach them (their
 * own, their Keycloak groups', their domain's), and nothing where the two domains' policies forbid
 * sharing, whatever the grants say (a group may hold members of a domain its owner may not reach).
 */
@ApplicationScoped
public class EffectiveRights {

  /** The grants that reach a principal, on collections they do not own. */
  private static final String REACHING = "select g from GrantEntity g join fetch g.collection c"
      + " where c.owner <> :principal and ((g.granteeType = :user and g.grantee = :principal)"
      + " or (g.granteeType = :domainType and g.grantee = :domain)"
      + " or (g.granteeType = :groupType and g.grantee in :groups))";

  private final KeycloakAccounts accounts;
  private final HostedDomains domains;

  EffectiveRights(KeycloakAccounts accounts, HostedDomains domains) {
    this.accounts = accounts;
    this.domains = domains;
  }

  /**
   * The authorization decision: empty for a collection acl-service does not know (never shared),
   * whose owner the gateway recognises itself.
   */
  @Transactional
  public Decision decide(UUID collectionId, Address principal) {
    SharedCollectionEntity collection = SharedCollectionEntity.findById(collectionId);
    return new Decision(collection == null ? Set.of() : on(collection, principal));
  }

  /** The principal's rights on {@code collection}: every right for its owner. */
  public Set<Right> on(SharedCollectionEntity collection, Address principal) {
    if (collection.owner.equals(principal.toString())) {
      return Role.MANAGE.rights();
    }
    // Keycloak is asked for the principal's groups only when a group could make a difference.
    boolean byGroup = GrantEntity.count("collection = ?1 and granteeType = ?2", collection, GranteeType.GROUP) > 0;
    Set<String> groups = byGroup ? accounts.groupsOf(principal) : Set.of();
    List<GrantEntity> reaching = GrantEntity.list(
        REACHING + " and c = :collection", reachingParameters(principal, groups).and("collection", collection));
    return allowedByPolicy(collection, principal) ? union(reaching) : Set.of();
  }

  /** The collections shared with {@code principal} by others, with the principal's rights on each. */
  public Map<SharedCollectionEntity, Set<Right>> sharedWith(Address principal) {
    List<GrantEntity> reaching = GrantEntity.list(
        REACHING + " order by c.name, c.id", reachingParameters(principal, accounts.groupsOf(principal)));
    Map<SharedCollectionEntity, List<GrantEntity>> byCollection = new LinkedHashMap<>();
    reaching.forEach(grant -> byCollection.computeIfAbsent(grant.collection, c -> new ArrayList<>()).add(grant));
    Map<SharedCollectionEntity, Set<Right>> rights = new LinkedHashMap<>();
    byCollection.forEach((collection, grants) -> {
      if (allowedByPolicy(collection, principal)) {
        rights.put(collection, union(grants));
      }
    });
    return rights;
  }

  private static Parameters reachingParameters(Address principal, Set<String> groups) {
    return Parameters.with("principal", principal.toString())
        .and("user", GranteeType.USER)
        .and("domainType", GranteeType.DOMAIN)
        .and("domain", principal.domain())
        .and("groupType", GranteeType.GROUP)
        // "in ()" is not valid SQL; no group is named by the empty string
        .and("groups", groups.isEmpty() ? Set.of("") : groups);
  }

  private boolean allowedByPolicy(SharedCollectionEntity collection, Address principal) {
    HostedDomain ownerDomain = domains.find(Address.parse(collection.owner).domain()).orElse(null);
    HostedDomain principalDomain = domains.find(principal.domain()).orElse(null);
    return ownerDomain != null && principalDomain != null && ownerDomain.mayShareWith(principalDomain);
  }

  private static Set<Right> union(List<GrantEntity> grants) {
    EnumSet<Right> rights = EnumSet.noneOf(Right.class);
    grants.forEach(grant -> rights.addAll(grant.rights));
    return Set.copyOf(rights);
  }
}
