package dev.partage.contracts.acl;

import java.util.Set;

/**
 * What one grantee receives in a share: a {@code role} (quick share) or an explicit set of {@code
 * rights} (advanced share), not both.
 */
public record GranteeRights(GranteeType type, String grantee, Role role, Set<Right> rights) {

  public static GranteeRights of(GranteeType type, String grantee, Role role) {
    return new GranteeRights(type, grantee, role, null);
  }

  public static GranteeRights of(GranteeType type, String grantee, Set<Right> rights) {
    return new GranteeRights(type, grantee, null, rights);
  }
}
