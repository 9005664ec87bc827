package dev.partage.service.auth;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.quarkus.security.identity.SecurityIdentity;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The identities verified tokens proved, each until its token's {@code exp}. Keyed by a SHA-256 of
 * the token, so the cache holds no bearer credential that could be replayed from a heap dump.
 */
final class TokenCache {

  private record Verified(SecurityIdentity identity, Instant expiresAt) {}

  private final Cache<String, Verified> verified =
      Caffeine.newBuilder().expireAfterWrite(Duration.ofMinutes(10)).maximumSize(100_000).build();

  /** The identity {@code token} proved, or null when it is unknown or expired by {@code now}. */
  SecurityIdentity find(String token, Instant now) {
    Verified known = verified.getIfPresent(sha256(token));
    return known != null && now.isBefore(known.expiresAt()) ? known.identity() : null;
  }

  /** Remembers a verified token's identity; one without an expiry is never reused. */
  void remember(String token, SecurityIdentity identity) {
    if (identity.getPrincipal() instanceof JsonWebToken jwt && jwt.getExpirationTime() > 0) {
      verified.put(sha256(token), new Verified(identity, Instant.ofEpochSecond(jwt.getExpirationTime())));
    }
  }

  private static String sha256(String token) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }
}
