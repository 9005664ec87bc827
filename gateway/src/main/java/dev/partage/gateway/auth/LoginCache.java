package dev.partage.gateway.auth;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.partage.gateway.config.GatewayConfig;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;

/**
 * Remembers successful Basic logins for a short while, so that a DAV client's every request is a
 * cache hit rather than a round trip to Keycloak. Keyed by {@link CredentialDigest}: a changed
 * password simply misses.
 */
@ApplicationScoped
class LoginCache {

  /** Tokens are refreshed this long before Keycloak would let them expire. */
  private static final Duration TOKEN_MARGIN = Duration.ofSeconds(30);

  private record Entry(SecurityIdentity identity, Instant expiresAt) {}

  private final CredentialDigest digest;
  private final Cache<String, Entry> entries;
  private final Duration cacheFor;

  LoginCache(GatewayConfig config, CredentialDigest digest) {
    this.digest = digest;
    this.cacheFor = config.login().cacheFor();
    this.entries = Caffeine.newBuilder().expireAfterWrite(cacheFor).maximumSize(100_000).build();
  }

  SecurityIdentity find(BasicCredentials credentials, Instant now) {
    Entry entry = entries.getIfPresent(digest.of(credentials.username(), credentials.password()));
    return entry != null && now.isBefore(entry.expiresAt()) ? entry.identity() : null;
  }

  void remember(BasicCredentials credentials, SecurityIdentity identity, Duration tokenLifetime, Instant now) {
    Duration usable = tokenLifetime.minus(TOKEN_MARGIN);
    Duration keep = usable.compareTo(cacheFor) < 0 ? usable : cacheFor;
    if (keep.isPositive()) {
      entries.put(digest.of(credentials.username(), credentials.password()), new Entry(identity, now.plus(keep)));
    }
  }
}
