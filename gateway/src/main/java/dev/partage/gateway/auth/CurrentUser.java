package dev.partage.gateway.auth;

import io.quarkus.oidc.runtime.OidcJwtCallerPrincipal;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import java.util.Locale;

/** The authenticated user of the current request, named by mail address (the Keycloak username). */
@RequestScoped
public class CurrentUser {

  private final SecurityIdentity identity;

  CurrentUser(SecurityIdentity identity) {
    this.identity = identity;
  }

  /** The user's mail address, lower case (Keycloak lower-cases usernames too). */
  public String name() {
    if (identity.isAnonymous()) {
      throw new IllegalStateException("no authenticated user on this request");
    }
    if (identity.getPrincipal() instanceof OidcJwtCallerPrincipal jwt
        && jwt.getClaim("preferred_username") instanceof String username) {
      return username.toLowerCase(Locale.ROOT);
    }
    return identity.getPrincipal().getName().toLowerCase(Locale.ROOT);
  }
}
