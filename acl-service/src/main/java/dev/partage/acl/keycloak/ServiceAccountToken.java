package dev.partage.acl.keycloak;

import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Signs admin API calls with a token of the client's service account, fetched once and reused
 * until shortly before it expires.
 */
final class ServiceAccountToken implements ClientRequestFilter {

  /** Renewed this long before Keycloak's expiry, so that no call carries a token about to lapse. */
  private static final Duration MARGIN = Duration.ofSeconds(30);

  private final KeycloakTokenApi tokens;
  private final String clientId;
  private final String clientSecret;
  private final Clock clock;
  private String current;
  private Instant renewAt = Instant.MIN;

  ServiceAccountToken(KeycloakTokenApi tokens, String clientId, String clientSecret, Clock clock) {
    this.tokens = tokens;
    this.clientId = clientId;
    this.clientSecret = clientSecret;
    this.clock = clock;
  }

  @Override
  public void filter(ClientRequestContext request) {
    request.getHeaders().putSingle(HttpHeaders.AUTHORIZATION, "Bearer " + token());
  }

  private synchronized String token() {
    Instant now = clock.instant();
    if (current == null || !now.isBefore(renewAt)) {
      KeycloakTokenApi.TokenResponse response = tokens.clientCredentials("client_credentials", clientId, clientSecret);
      current = response.accessToken();
      renewAt = now.plusSeconds(response.expiresIn()).minus(MARGIN);
    }
    return current;
  }
}
