package dev.partage.gateway.auth;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpCredentialTransport;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.Set;

/**
 * Basic authentication for DAV clients, which cannot do OIDC: the credentials are exchanged for a
 * Keycloak token, verified like any bearer token, and the result is cached under a digest of the
 * credentials. Bearer tokens are left to the OIDC mechanism.
 */
@ApplicationScoped
public class BasicAuthMechanism implements HttpAuthenticationMechanism {

  /** Ahead of the OIDC mechanism, so that the challenge DAV clients see is Basic. */
  private static final int PRIORITY = DEFAULT_PRIORITY + 1000;

  private static final ChallengeData CHALLENGE =
      new ChallengeData(401, "WWW-Authenticate", "Basic realm=\"Partage\", charset=\"UTF-8\"");

  private final LoginCache cache;
  private final LoginThrottle throttle;
  private final KeycloakPasswordGrant keycloak;
  private final InFlightLogins inFlight;
  private final Clock clock = Clock.systemUTC();

  BasicAuthMechanism(
      LoginCache cache, LoginThrottle throttle, KeycloakPasswordGrant keycloak, InFlightLogins inFlight) {
    this.cache = cache;
    this.throttle = throttle;
    this.keycloak = keycloak;
    this.inFlight = inFlight;
  }

  @Override
  public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identities) {
    BasicCredentials credentials = BasicCredentials.parse(context.request().getHeader("Authorization"));
    if (credentials == null) {
      return Uni.createFrom().nullItem();
    }
    SecurityIdentity known = cache.find(credentials, clock.instant());
    if (known != null) {
      return Uni.createFrom().item(known);
    }
    String address = context.request().remoteAddress() == null ? "" : context.request().remoteAddress().hostAddress();
    if (!throttle.mayTry(credentials.username(), address, clock.instant())) {
      return Uni.createFrom().failure(new AuthenticationFailedException("too many failed logins, retry later"));
    }
    return inFlight.join(credentials, () -> login(credentials, address, context, identities));
  }

  /** Exchanges the credentials for a Keycloak token and remembers the identity it proves. */
  private Uni<SecurityIdentity> login(
      BasicCredentials credentials, String address, RoutingContext context, IdentityProviderManager identities) {
    return keycloak.login(credentials).flatMap(token -> {
      if (token == null) {
        throttle.failed(credentials.username(), address, clock.instant());
        return Uni.createFrom().failure(new AuthenticationFailedException("wrong user or password"));
      }
      throttle.succeeded(credentials.username(), address);
      TokenAuthenticationRequest request =
          new TokenAuthenticationRequest(new AccessTokenCredential(token.accessToken()));
      HttpSecurityUtils.setRoutingContextAttribute(request, context);
      return identities.authenticate(request)
          .invoke(identity -> cache.remember(credentials, identity, token.lifetime(), clock.instant()));
    });
  }

  @Override
  public Uni<ChallengeData> getChallenge(RoutingContext context) {
    return Uni.createFrom().item(CHALLENGE);
  }

  @Override
  public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
    return Set.of(TokenAuthenticationRequest.class);
  }

  @Override
  public Uni<HttpCredentialTransport> getCredentialTransport(RoutingContext context) {
    return Uni.createFrom().item(new HttpCredentialTransport(HttpCredentialTransport.Type.AUTHORIZATION, "basic"));
  }

  @Override
  public int getPriority() {
    return PRIORITY;
  }
}
