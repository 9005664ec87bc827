package dev.partage.gateway.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.partage.contracts.acl.GranteeType;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Who a share is for, as the webmail names it in bodies and URLs; one per {@link GranteeType}. */
@Schema(name = "ShareeType", description = "user: one account by mail address; group: a team (Keycloak"
    + " group) by name; domain: every account of a hosted domain.")
public enum ShareeType {
  @JsonProperty("user") USER("user", GranteeType.USER),
  @JsonProperty("group") GROUP("group", GranteeType.GROUP),
  @JsonProperty("domain") DOMAIN("domain", GranteeType.DOMAIN);

  private final String segment;
  private final GranteeType granteeType;

  ShareeType(String segment, GranteeType granteeType) {
    this.segment = segment;
    this.granteeType = granteeType;
  }

  public GranteeType granteeType() {
    return granteeType;
  }

  public static ShareeType of(GranteeType type) {
    return switch (type) {
      case USER -> USER;
      case GROUP -> GROUP;
      case DOMAIN -> DOMAIN;
    };
  }

  public static ShareeType bySegment(String segment) {
    return Arrays.stream(values())
        .filter(type -> type.segment.equals(segment))
        .findFirst()
        .orElseThrow(() -> ApiException.invalid("'" + segment + "' is not a kind of sharee; use "
            + Arrays.stream(values()).map(type -> type.segment).collect(Collectors.joining(", ")) + "."));
  }
}
