package dev.partage.contracts.acl;

import java.util.EnumSet;
import java.util.Set;

/**
 * What a principal may do with a collection (ARCHITECTURE.md, Rights). The gateway advertises
 * exactly these as DAV privileges and enforces them itself.
 */
public enum Right {
  /** CALDAV:read-free-busy: busy time only (RFC 4791 section 6.1.1). */
  READ_FREEBUSY,
  /** DAV:read: the collection and its objects. */
  READ,
  /** DAV:bind: new objects. */
  CREATE,
  /** DAV:write-content: existing objects. */
  MODIFY,
  /** DAV:unbind: removing objects. */
  DELETE,
  /** DAV:write-acl and sharing: also rename, delete and share the collection. */
  MANAGE;

  private static final Set<Right> WRITING = EnumSet.of(CREATE, MODIFY, DELETE, MANAGE);

  /**
   * The rights a grant really gives: any right that touches content implies reading it (a client
   * cannot sync a collection it may write but not read), and reading implies free-busy.
   */
  public static Set<Right> withImplied(Set<Right> rights) {
    EnumSet<Right> closed = rights.isEmpty() ? EnumSet.noneOf(Right.class) : EnumSet.copyOf(rights);
    if (closed.stream().anyMatch(WRITING::contains)) {
      closed.add(READ);
    }
    if (closed.contains(READ)) {
      closed.add(READ_FREEBUSY);
    }
    return Set.copyOf(closed);
  }
}
