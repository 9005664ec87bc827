package dev.partage.gateway.auth;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.security.identity.SecurityIdentity;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LoginCacheTest {

  private static final Instant T0 = Instant.parse("2026-11-29T10:00:00Z");
  private static final BasicCredentials ANN = new BasicCredentials("ann@example.org", "right");
  private static final SecurityIdentity IDENTITY =
      QuarkusSecurityIdentity.builder().setPrincipal(new QuarkusPrincipal("ann@example.org")).build();

  private final LoginCache cache = new LoginCache(new TestConfig(), new CredentialDigest());

  @Test
  void aRememberedLoginIsFoundWithTheSamePasswordOnly() {
    cache.remember(ANN, IDENTITY, Duration.ofMinutes(5), T0);
    assertThat(cache.find(ANN, T0.plusSeconds(1))).isSameAs(IDENTITY);
    assertThat(cache.find(new BasicCredentials("ann@example.org", "wrong"), T0.plusSeconds(1))).isNull();
  }

  @Test
  void noLoginOutlivesItsTokenLessTheMargin() {
    cache.remember(ANN, IDENTITY, Duration.ofSeconds(50), T0); // usable for 20 s, less than 60
    assertThat(cache.find(ANN, T0.plusSeconds(19))).isSameAs(IDENTITY);
    assertThat(cache.find(ANN, T0.plusSeconds(20))).isNull();
  }

  @Test
  void aTokenAboutToExpireIsNotCachedAtAll() {
    cache.remember(ANN, IDENTITY, Duration.ofSeconds(20), T0);
    assertThat(cache.find(ANN, T0)).isNull();
  }
}
