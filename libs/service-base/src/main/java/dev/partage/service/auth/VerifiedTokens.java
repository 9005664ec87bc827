package dev.partage.service.auth;

import io.quarkus.oidc.AccessTokenCredential;
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
 * Bearer tokens a service has verified once, remembered until they expire. The gateway forwards the
 * same user token on every internal call, and checking its RSA signature each time cost
 * calendar-service half its CPU under load (docs/performance.md); a token that verified stays valid
 * until its {@code exp}, so the answer can be reused. Keyed by a SHA-256 of the token; misses and
 * anything that is not a bearer token go to the OIDC mechanism as before.
 */
@ApplicationScoped
public class VerifiedTokens implements HttpAuthenticationMechanism {

  /** Ahead of the OIDC mechanism, which still verifies every token this one has not seen. */
  private static final int PRIORITY = DEFAULT_PRIORITY + 1000;
  private static final String BEARER = "Bearer ";

  private final TokenCache cache = new TokenCache();
  private final Clock clock = Clock.systemUTC();

  @Override
  public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identities) {
    String authorization = context.request().getHeader("Authorization");
    if (authorization == null || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
      return Uni.createFrom().nullItem();
    }
    String token = authorization.substring(BEARER.length()).strip();
    SecurityIdentity known = cache.find(token, clock.instant());
    if (known != null) {
      return Uni.createFrom().item(known);
    }
    TokenAuthenticationRequest request = new TokenAuthenticationRequest(new AccessTokenCredential(token));
    HttpSecurityUtils.setRoutingContextAttribute(request, context);
    return identities.authenticate(request).invoke(identity -> cache.remember(token, identity));
  }

  @Override
  public Uni<ChallengeData> getChallenge(RoutingContext context) {
    return Uni.createFrom().item(new ChallengeData(401, "WWW-Authenticate", "Bearer"));
  }

  @Override
  public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
    return Set.of(TokenAuthenticationRequest.class);
  }

  @Override
  public Uni<HttpCredentialTransport> getCredentialTransport(RoutingContext context) {
    return Uni.createFrom().item(new HttpCredentialTransport(HttpCredentialTransport.Type.AUTHORIZATION, "bearer"));
  }

  @Override
  public int getPriority() {
    return PRIORITY;
  }
}
