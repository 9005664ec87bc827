package dev.partage.gateway.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.partage.contracts.acl.Right;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A right of an advanced share, as the webmail names it; one per {@link Right}. */
@Schema(name = "Right", description = "freebusy: busy time only (calendars); read; create, modify,"
    + " delete: objects; manage: also rename, delete and share the collection. Any write right implies"
    + " read, and read implies freebusy.")
public enum ShareRight {
  @JsonProperty("freebusy") FREEBUSY(Right.READ_FREEBUSY),
  @JsonProperty("read") READ(Right.READ),
  @JsonProperty("create") CREATE(Right.CREATE),
  @JsonProperty("modify") MODIFY(Right.MODIFY),
  @JsonProperty("delete") DELETE(Right.DELETE),
  @JsonProperty("manage") MANAGE(Right.MANAGE);

  private final Right right;

  ShareRight(Right right) {
    this.right = right;
  }

  public Right right() {
    return right;
  }

  public static Set<Right> toRights(Set<ShareRight> rights) {
    return rights.stream().map(ShareRight::right).collect(Collectors.toUnmodifiableSet());
  }

  /** In the enum's order, so that answers list them the same way every time. */
  public static Set<ShareRight> of(Set<Right> rights) {
    EnumSet<ShareRight> named = EnumSet.noneOf(ShareRight.class);
    for (ShareRight candidate : values()) {
      if (rights.contains(candidate.right)) {
        named.add(candidate);
      }
    }
    return named;
  }
}
