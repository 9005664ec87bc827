package dev.partage.acl.keycloak;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.partage.acl.config.AclConfig;
import dev.partage.acl.policy.Address;
import dev.partage.contracts.error.ServiceException;
import io.quarkus.rest.client.reactive.QuarkusRestClientBuilder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Users and groups, looked up in Keycloak (ARCHITECTURE.md, Identity: Keycloak holds the users,
 * username = mail address) through the service account of the DAV client.
 */
@ApplicationScoped
public class KeycloakAccounts {

  private static final Logger LOG = Logger.getLogger(KeycloakAccounts.class);

  /**
   * Group memberships are read on every decision that involves a group grant; a change in Keycloak
   * reaches acl-service within this delay.
   */
  private static final Duration MEMBERSHIPS_KEPT = Duration.ofSeconds(30);

  private final KeycloakAdminApi admin;
  private final Cache<Address, Set<String>> memberships =
      Caffeine.newBuilder().expireAfterWrite(MEMBERSHIPS_KEPT).maximumSize(100_000).build();

  KeycloakAccounts(AclConfig config, @ConfigProperty(name = "quarkus.oidc.auth-server-url") String issuer) {
    KeycloakRealm realm = KeycloakRealm.ofIssuer(issuer);
    KeycloakTokenApi tokens = QuarkusRestClientBuilder.newBuilder()
        .baseUri(realm.realmUrl())
        .build(KeycloakTokenApi.class);
    this.admin = QuarkusRestClientBuilder.newBuilder()
        .baseUri(realm.adminUrl())
        .register(new ServiceAccountToken(
            tokens, config.keycloak().clientId(), config.keycloak().clientSecret(), Clock.systemUTC()))
        .build(KeycloakAdminApi.class);
  }

  /** The enabled account named {@code address}, if there is one. */
  public Optional<Account> find(Address address) {
    return ask(() -> admin.usersNamed(address.toString(), true)).stream()
        .filter(user -> address.toString().equalsIgnoreCase(user.username()))
        .filter(user -> !Boolean.FALSE.equals(user.enabled()))
        .findFirst()
        .map(KeycloakAccounts::toAccount);
  }

  public boolean groupExists(String name) {
    return ask(() -> admin.groupsNamed(name, true)).stream().anyMatch(group -> name.equals(group.name()));
  }

  /** The names of the groups {@code address} belongs to; none for an unknown account. */
  public Set<String> groupsOf(Address address) {
    return memberships.get(address, this::readGroupsOf);
  }

  /**
   * Enabled accounts whose username, address or name starts with {@code prefix}, up to {@code max},
   * in Keycloak's order. Service accounts have no mail address and are never listed.
   */
  public List<Account> search(String prefix, int max) {
    return ask(() -> admin.searchUsers(prefix, max)).stream()
        .filter(user -> !Boolean.FALSE.equals(user.enabled()))
        .filter(user -> user.email() != null && user.username() != null && user.username().contains("@"))
        .map(KeycloakAccounts::toAccount)
        .toList();
  }

  private Set<String> readGroupsOf(Address address) {
    return ask(() -> admin.usersNamed(address.toString(), true)).stream()
        .filter(user -> address.toString().equalsIgnoreCase(user.username()))
        .findFirst()
        .map(user -> ask(() -> admin.groupsOf(user.id())).stream()
            .map(KeycloakGroup::name)
            .collect(Collectors.toUnmodifiableSet()))
        .orElse(Set.of());
  }

  private static Account toAccount(KeycloakUser user) {
    String name = Stream.of(user.firstName(), user.lastName())
        .filter(part -> part != null && !part.isBlank())
        .collect(Collectors.joining(" "));
    return new Account(Address.parse(user.username()), name.isEmpty() ? null : name);
  }

  /** Keycloak down or refusing the service account: a 503 the caller may retry, never a 500. */
  private static <T> T ask(Supplier<T> call) {
    try {
      return call.get();
    } catch (WebApplicationException | ProcessingException e) {
      LOG.warnf("Keycloak look-up failed: %s", e.getMessage());
      throw new ServiceException(503, null, null,
          "The account directory does not answer right now; nothing was changed. Try again in a moment.");
    }
  }
}
