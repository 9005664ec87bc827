package dev.partage.gateway.backend;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.partage.contracts.api.AclApi;
import dev.partage.contracts.error.ServiceException;
import dev.partage.gateway.dav.routing.HomeKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ProcessingException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Which of each owner's collections are shared with anyone, for CS:shared-owner on the owner's copy
 * (caldav-sharing.txt section 5.2). Asked of acl-service once per owner for all their collections,
 * so that listing a home costs one call, not one per collection; cached per owner and dropped on
 * grant events ({@link GrantEventsConsumer}) on every replica.
 */
@ApplicationScoped
public class OwnedShares {

  private static final Logger LOG = Logger.getLogger(OwnedShares.class);

  private final AclApi acl;
  private final CollectionDirectory directory;
  private final Cache<String, Set<UUID>> sharedByOwner =
      Caffeine.newBuilder().expireAfterWrite(Duration.ofMinutes(1)).maximumSize(50_000).build();

  public OwnedShares(AclApi acl, CollectionDirectory directory) {
    this.acl = acl;
    this.directory = directory;
  }

  /**
   * True when the owner has shared {@code own} with someone. Only for the owner's own requests:
   * acl-service answers the caller about their own collections alone.
   */
  public boolean isShared(CollectionRef own) {
    try {
      return sharedByOwner.get(own.owner(), this::load).contains(own.id());
    } catch (ProcessingException | ServiceException unavailable) {
      // The mark is cosmetic, and an owner's requests on their own collections never depend on
      // acl-service (ADR 0002): without an answer, no mark. Nothing is cached; the next listing asks.
      LOG.warnf("acl-service could not tell which collections are shared: %s", unavailable.getMessage());
      return false;
    }
  }

  /** Drops what is known of the owner's shares, after a grant on one of their collections. */
  public void forget(String owner) {
    sharedByOwner.invalidate(owner);
  }

  private Set<UUID> load(String owner) {
    List<UUID> owned = new ArrayList<>();
    for (HomeKind kind : HomeKind.values()) {
      directory.home(kind, owner).forEach(collection -> owned.add(collection.id()));
    }
    return owned.isEmpty() ? Set.of() : Set.copyOf(acl.sharedAmong(owner, owned));
  }
}
