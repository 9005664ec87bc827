package dev.partage.acl.service;

import dev.partage.acl.keycloak.KeycloakAccounts;
import dev.partage.acl.policy.Address;
import dev.partage.acl.policy.HostedDomain;
import dev.partage.contracts.acl.GranteeRights;
import dev.partage.contracts.acl.GranteeType;
import dev.partage.contracts.acl.Right;
import dev.partage.contracts.acl.ShareRefusal;
import dev.partage.contracts.collection.CollectionKind;
import dev.partage.contracts.error.ServiceException;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Locale;
import java.util.Set;

/**
 * Whether an owner may give a grantee these rights (ARCHITECTURE.md, Rights): the grantee is hosted
 * here, both domains' policies allow it, and the account or group exists. The policy is checked
 * before existence, so that a refusal never tells whether an account of a hidden domain exists.
 */
@ApplicationScoped
class GranteeChecks {

  /** A grant ready to be stored: the grantee's normalised name and the rights with their implied ones. */
  record CheckedGrant(GranteeType type, String grantee, Set<Right> rights) {}

  private final HostedDomains domains;
  private final KeycloakAccounts accounts;

  GranteeChecks(HostedDomains domains, KeycloakAccounts accounts) {
    this.domains = domains;
    this.accounts = accounts;
  }

  CheckedGrant check(Address owner, CollectionKind kind, GranteeRights wanted) {
    if (wanted == null || wanted.type() == null || wanted.grantee() == null || wanted.grantee().isBlank()) {
      throw badRequest("Each grantee needs a type (USER, GROUP or DOMAIN) and a name.");
    }
    Set<Right> rights = rightsOf(kind, wanted);
    String grantee = switch (wanted.type()) {
      case USER -> checkUser(owner, wanted.grantee());
      case GROUP -> checkGroup(wanted.grantee().strip());
      case DOMAIN -> checkDomain(owner, wanted.grantee().strip().toLowerCase(Locale.ROOT));
    };
    return new CheckedGrant(wanted.type(), grantee, rights);
  }

  private String checkUser(Address owner, String name) {
    Address grantee = Address.parse(name);
    if (grantee.equals(owner)) {
      throw badRequest(grantee + " owns this collection already.");
    }
    requireSharingBetween(owner, domains.of(grantee));
    if (accounts.find(grantee).isEmpty()) {
      throw ShareRefusal.NO_SUCH_GRANTEE.refuse("There is no account " + grantee + " on this platform.");
    }
    return grantee.toString();
  }

  private String checkGroup(String name) {
    if (!accounts.groupExists(name)) {
      throw ShareRefusal.NO_SUCH_GRANTEE.refuse("There is no group '" + name + "' on this platform.");
    }
    return name;
  }

  private String checkDomain(Address owner, String name) {
    HostedDomain domain = domains.find(name).orElseThrow(() -> HostedDomains.notHosted(name));
    requireSharingBetween(owner, domain);
    return domain.name();
  }

  private void requireSharingBetween(Address owner, HostedDomain granteeDomain) {
    if (!domains.of(owner).mayShareWith(granteeDomain)) {
      throw ShareRefusal.POLICY_REFUSED.refuse(
          "The sharing policies of " + owner.domain() + " and " + granteeDomain.name()
              + " do not allow sharing between them.");
    }
  }

  /** The role's rights or the explicit ones, with what they imply; free-busy is for calendars. */
  private static Set<Right> rightsOf(CollectionKind kind, GranteeRights wanted) {
    boolean explicit = wanted.rights() != null && !wanted.rights().isEmpty();
    if ((wanted.role() == null) == !explicit) {
      throw badRequest("Give " + wanted.grantee() + " either a role or a set of rights, not both and not neither.");
    }
    Set<Right> rights = Right.withImplied(explicit ? wanted.rights() : wanted.role().rights());
    if (kind != CollectionKind.CALENDAR && rights.equals(Set.of(Right.READ_FREEBUSY))) {
      throw badRequest("Free-busy sharing is for calendars only; give " + wanted.grantee() + " READ or more.");
    }
    return rights;
  }

  private static ServiceException badRequest(String message) {
    return new ServiceException(400, null, null, message);
  }
}
