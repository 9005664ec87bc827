package dev.partage.stack;

import java.net.URI;
import java.util.List;

/**
 * What {@code realm/partage-realm.json} defines, for code that logs in as a demo user (banner,
 * e2e tests). DemoRealmTest keeps the two in step. Local credentials only: nothing here is secret.
 */
public final class DemoRealm {

  public static final String REALM = "partage";
  public static final String CLIENT_ID = "partage-dav";
  /** The gateway's default for {@code partage.gateway.keycloak.client-secret}. */
  public static final String CLIENT_SECRET = "partage-local-secret";
  public static final String PASSWORD = "demo";
  public static final String ADMIN_USERNAME = "admin";
  public static final String ADMIN_PASSWORD = "admin";

  public static final List<String> USERS =
      List.of(
          "gilles.buisson@namebay.example",
          "alexandre.bernard@namebay.example",
          "david.lanteri@namebay.example",
          "equipe_tech@namebay.example",
          "claire.petit@filiale.example",
          "eve@isolated.example");

  /** A Keycloak group of the demo users who work together, for sharing with a team. */
  public static final String TEAM_GROUP = "equipe-tech";

  public static final List<String> TEAM_MEMBERS =
      List.of(
          "gilles.buisson@namebay.example",
          "alexandre.bernard@namebay.example",
          "david.lanteri@namebay.example");

  /** Classpath location of the realm export Keycloak imports. */
  static final String RESOURCE = "/realm/partage-realm.json";

  private DemoRealm() {}

  /** The OIDC issuer, {@code quarkus.oidc.auth-server-url} of every service. */
  public static URI issuer(URI keycloakUrl) {
    return keycloakUrl.resolve("/realms/" + REALM);
  }

  public static URI tokenEndpoint(URI keycloakUrl) {
    return keycloakUrl.resolve("/realms/" + REALM + "/protocol/openid-connect/token");
  }

  /** Answers once the realm has been imported, which is what "Keycloak is ready" means here. */
  public static URI discoveryDocument(URI keycloakUrl) {
    return keycloakUrl.resolve("/realms/" + REALM + "/.well-known/openid-configuration");
  }
}
