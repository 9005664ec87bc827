package dev.partage.gateway.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.partage.contracts.acl.Right;
import dev.partage.contracts.acl.Role;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A role of a quick share (ARCHITECTURE.md, Rights), as the webmail names it; one per {@link Role}. */
@Schema(name = "Role", description = "freebusy (calendars only): busy time; read; read-write: also"
    + " create, change and delete objects; manage: also rename, delete and share the collection.")
public enum ShareRole {
  @JsonProperty("freebusy") FREEBUSY(Role.FREEBUSY),
  @JsonProperty("read") READ(Role.READ),
  @JsonProperty("read-write") READ_WRITE(Role.READ_WRITE),
  @JsonProperty("manage") MANAGE(Role.MANAGE);

  private final Role role;

  ShareRole(Role role) {
    this.role = role;
  }

  public Role role() {
    return role;
  }

  /** The role giving exactly these rights; none for an advanced share's own mix. */
  public static Optional<ShareRole> matching(Set<Right> rights) {
    return Arrays.stream(values()).filter(candidate -> candidate.role.rights().equals(rights)).findFirst();
  }
}
