package dev.partage.gateway.auth;

import dev.partage.gateway.config.GatewayConfig;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.core.buffer.Buffer;
import io.vertx.mutiny.ext.web.client.HttpResponse;
import io.vertx.mutiny.ext.web.client.WebClient;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import io.vertx.mutiny.core.MultiMap;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Exchanges a DAV client's Basic credentials for an access token with the OAuth 2.0 password grant
 * (RFC 6749 section 4.3), which Keycloak offers to clients with direct access grants.
 */
@ApplicationScoped
class KeycloakPasswordGrant {

  /** An access token and how long Keycloak says it lives. */
  record Token(String accessToken, Duration lifetime) {}

  private final WebClient http;
  private final String tokenEndpoint;
  private final String clientId;
  private final String clientSecret;

  KeycloakPasswordGrant(
      Vertx vertx,
      GatewayConfig config,
      @ConfigProperty(name = "quarkus.oidc.auth-server-url") String realmUrl) {
    this.http = WebClient.create(vertx);
    this.tokenEndpoint = realmUrl.replaceAll("/+$", "") + "/protocol/openid-connect/token";
    this.clientId = config.keycloak().clientId();
    this.clientSecret = config.keycloak().clientSecret();
  }

  /** The token, or null when Keycloak refuses the credentials; a failure when it cannot answer. */
  Uni<Token> login(BasicCredentials credentials) {
    MultiMap form = MultiMap.caseInsensitiveMultiMap()
        .add("grant_type", "password")
        .add("client_id", clientId)
        .add("client_secret", clientSecret)
        .add("username", credentials.username())
        .add("password", credentials.password())
        .add("scope", "openid");
    return http.postAbs(tokenEndpoint).sendForm(form).map(KeycloakPasswordGrant::toToken);
  }

  private static Token toToken(HttpResponse<Buffer> response) {
    if (response.statusCode() == 400 || response.statusCode() == 401) {
      return null; // invalid_grant: wrong user or password
    }
    if (response.statusCode() != 200) {
      throw new IllegalStateException("Keycloak answered " + response.statusCode() + " to a password grant");
    }
    JsonObject body = response.bodyAsJsonObject();
    return new Token(body.getString("access_token"), Duration.ofSeconds(body.getLong("expires_in", 60L)));
  }

  @PreDestroy
  void close() {
    http.close();
  }
}
