package dev.partage.contracts.acl;

import java.util.Set;

/** The roles of a quick share (ARCHITECTURE.md, Rights), each a fixed set of {@link Right}s. */
public enum Role {
  /** Calendars only: busy time. */
  FREEBUSY(Set.of(Right.READ_FREEBUSY)),
  READ(Set.of(Right.READ_FREEBUSY, Right.READ)),
  READ_WRITE(Set.of(Right.READ_FREEBUSY, Right.READ, Right.CREATE, Right.MODIFY, Right.DELETE)),
  MANAGE(Set.of(Right.values()));

  private final Set<Right> rights;

  Role(Set<Right> rights) {
    this.rights = rights;
  }

  public Set<Right> rights() {
    return rights;
  }
}
