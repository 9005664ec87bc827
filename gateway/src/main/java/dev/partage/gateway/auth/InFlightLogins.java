package dev.partage.gateway.auth;

import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Supplier;

/**
 * Lets concurrent requests with the same credentials share one Keycloak login. A DAV client keeps
 * several connections open, so when its {@link LoginCache} entry expires all of them miss at once:
 * with 32 connections that was 32 password grants (each a deliberately slow password hash in
 * Keycloak) and requests stalled for seconds. Now the first miss logs in and the others wait for it.
 */
@ApplicationScoped
class InFlightLogins {

  private final CredentialDigest digest;
  private final ConcurrentMap<String, Uni<SecurityIdentity>> pending = new ConcurrentHashMap<>();

  InFlightLogins(CredentialDigest digest) {
    this.digest = digest;
  }

  /**
   * The login already under way for these credentials, or {@code login} started now. Once it ends,
   * successful or not, the next miss starts a new one (a success is in the cache by then).
   */
  Uni<SecurityIdentity> join(BasicCredentials credentials, Supplier<Uni<SecurityIdentity>> login) {
    String key = digest.of(credentials.username(), credentials.password());
    return pending.computeIfAbsent(
        key,
        k -> login.get().onTermination().invoke(() -> pending.remove(k)).memoize().indefinitely());
  }
}
