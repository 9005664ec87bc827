package dev.partage.gateway.dav.access;

import dev.partage.contracts.acl.Right;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The DAV privileges each right of a share gives (ARCHITECTURE.md, Rights table), so that what
 * DAV:current-user-privilege-set advertises is exactly what the handlers enforce.
 */
public final class RightsPrivileges {

  /**
   * DAV:write-properties goes with MODIFY: a read-write share advertises the aggregate DAV:write,
   * and a read-only one never advertises write-properties, which Thunderbird takes as writable.
   */
  private static final Map<Right, Set<DavPrivilege>> PRIVILEGES =
      Map.of(
          Right.READ_FREEBUSY, EnumSet.of(DavPrivilege.READ_FREE_BUSY),
          Right.READ, EnumSet.of(DavPrivilege.READ, DavPrivilege.READ_CURRENT_USER_PRIVILEGE_SET),
          Right.CREATE, EnumSet.of(DavPrivilege.BIND),
          Right.MODIFY, EnumSet.of(DavPrivilege.WRITE_CONTENT, DavPrivilege.WRITE_PROPERTIES),
          Right.DELETE, EnumSet.of(DavPrivilege.UNBIND),
          Right.MANAGE, EnumSet.of(DavPrivilege.WRITE_ACL, DavPrivilege.SHARE));

  private RightsPrivileges() {}

  /** The access a sharee with these rights has; no rights, no access (answered as missing). */
  public static Access of(Set<Right> rights) {
    EnumSet<DavPrivilege> granted = EnumSet.noneOf(DavPrivilege.class);
    for (Right right : Right.withImplied(rights)) {
      granted.addAll(PRIVILEGES.get(right));
    }
    return new Access(granted);
  }
}
