package dev.partage.acl.keycloak;

import java.net.URI;

/**
 * Where the realm's admin API and token endpoint are, derived from its issuer URL ({@code
 * quarkus.oidc.auth-server-url}, {@code http://host:port/realms/partage}): one setting, so that
 * tokens and look-ups can never name two different realms.
 */
record KeycloakRealm(URI server, String realm) {

  private static final String REALMS = "/realms/";

  static KeycloakRealm ofIssuer(String issuer) {
    String trimmed = issuer.replaceAll("/+$", "");
    int at = trimmed.lastIndexOf(REALMS);
    if (at < 0) {
      throw new IllegalArgumentException(
          "quarkus.oidc.auth-server-url=" + issuer + " is not a Keycloak realm URL (…/realms/<realm>)");
    }
    return new KeycloakRealm(URI.create(trimmed.substring(0, at)), trimmed.substring(at + REALMS.length()));
  }

  URI realmUrl() {
    return URI.create(server + REALMS + realm);
  }

  URI adminUrl() {
    return URI.create(server + "/admin" + REALMS + realm);
  }
}
