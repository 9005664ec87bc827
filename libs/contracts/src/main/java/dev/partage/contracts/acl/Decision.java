package dev.partage.contracts.acl;

import java.util.Set;

/**
 * What a principal may do with a collection. Empty: no access at all, which the gateway answers
 * exactly like a missing collection (404), so that a share's existence does not leak.
 */
public record Decision(Set<Right> rights) {

  public Decision {
    rights = rights == null ? Set.of() : Set.copyOf(rights);
  }

  public boolean allows(Right right) {
    return rights.contains(right);
  }
}
