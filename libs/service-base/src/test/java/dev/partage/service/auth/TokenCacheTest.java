package dev.partage.service.auth;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.security.identity.SecurityIdentity;
import java.security.Principal;
import java.time.Instant;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;

/** A verified token is reused until its exp, never after, and only for that exact token. */
class TokenCacheTest {

  private static final Instant EXPIRY = Instant.parse("2026-11-29T12:00:00Z");

  private final TokenCache cache = new TokenCache();

  @Test
  void aVerifiedTokenIsReusedUntilItExpires() {
    SecurityIdentity gilles = identity(new Jwt("gilles", EXPIRY.getEpochSecond()));
    cache.remember("token-a", gilles);

    assertThat(cache.find("token-a", EXPIRY.minusSeconds(1))).isSameAs(gilles);
    assertThat(cache.find("token-a", EXPIRY)).isNull();
    assertThat(cache.find("token-b", EXPIRY.minusSeconds(1))).isNull();
  }

  @Test
  void anIdentityWithoutExpiryIsNeverReused() {
    cache.remember("token-a", identity(new Jwt("gilles", 0)));
    cache.remember("token-b", identity(() -> "not-a-jwt"));

    assertThat(cache.find("token-a", EXPIRY.minusSeconds(60))).isNull();
    assertThat(cache.find("token-b", EXPIRY.minusSeconds(60))).isNull();
  }

  private static SecurityIdentity identity(Principal principal) {
    return QuarkusSecurityIdentity.builder().setPrincipal(principal).build();
  }

  /** The two claims the cache reads. */
  private record Jwt(String name, long exp) implements JsonWebToken {

    @Override
    public String getName() {
      return name;
    }

    @Override
    public Set<String> getClaimNames() {
      return Set.of("exp");
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T getClaim(String claimName) {
      return "exp".equals(claimName) ? (T) Long.valueOf(exp) : null;
    }
  }
}
