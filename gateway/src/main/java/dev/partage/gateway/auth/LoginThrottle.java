package dev.partage.gateway.auth;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.partage.gateway.config.GatewayConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;

/**
 * Slows down password guessing: after a few failures for one user from one address, further
 * attempts from there are refused without asking Keycloak until a delay that doubles with each
 * failure has passed. Keyed by user and address so that an attacker elsewhere cannot lock the real
 * user out.
 */
@ApplicationScoped
class LoginThrottle {

  private record Failures(int count, Instant retryAfter) {}

  private final Cache<String, Failures> failures;
  private final int allowed;
  private final Duration maxDelay;

  LoginThrottle(GatewayConfig config) {
    this.allowed = config.login().failuresBeforeDelay();
    this.maxDelay = config.login().maxDelay();
    this.failures =
        Caffeine.newBuilder().expireAfterWrite(Duration.ofMinutes(15)).maximumSize(100_000).build();
  }

  boolean mayTry(String username, String address, Instant now) {
    Failures f = failures.getIfPresent(key(username, address));
    return f == null || f.retryAfter() == null || !now.isBefore(f.retryAfter());
  }

  void failed(String username, String address, Instant now) {
    failures.asMap().compute(key(username, address), (k, f) -> {
      int count = f == null ? 1 : f.count() + 1;
      Instant retryAfter = count < allowed ? null : now.plus(delayAfter(count));
      return new Failures(count, retryAfter);
    });
  }

  void succeeded(String username, String address) {
    failures.invalidate(key(username, address));
  }

  private Duration delayAfter(int count) {
    int doublings = Math.min(count - allowed, 16);
    Duration delay = Duration.ofSeconds(1L << doublings);
    return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
  }

  private static String key(String username, String address) {
    return username + "|" + address;
  }
}
