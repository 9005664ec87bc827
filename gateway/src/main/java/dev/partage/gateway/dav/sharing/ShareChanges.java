package dev.partage.gateway.dav.sharing;

import dev.partage.contracts.acl.Role;
import java.util.List;
import java.util.Map;

/**
 * What one sharing POST asks, whichever protocol it came in: the sharees to give a role and the
 * sharees to remove, each by mail address.
 */
public record ShareChanges(Map<String, Role> set, List<String> removed) {

  public ShareChanges {
    set = Map.copyOf(set);
    removed = List.copyOf(removed);
  }
}
