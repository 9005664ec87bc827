package dev.partage.gateway.backend;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.partage.contracts.acl.Right;
import dev.partage.contracts.api.AclApi;
import dev.partage.gateway.config.GatewayConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;

/**
 * acl-service's decisions, remembered briefly per (user, collection): a client syncing a shared
 * calendar sends dozens of requests in a row. Grant events drop a collection's decisions on every
 * replica ({@link GrantEventsConsumer}), so a revocation takes effect within the event's delay;
 * the expiry only bounds a missed event.
 */
@ApplicationScoped
public class AclDecisions {

  private final AclApi acl;
  private final Cache<DecisionKey, Set<Right>> decisions;

  @Inject
  public AclDecisions(AclApi acl, GatewayConfig config) {
    this(acl, config.decisionCacheFor());
  }

  public AclDecisions(AclApi acl, Duration cacheFor) {
    this.acl = acl;
    this.decisions = Caffeine.newBuilder().expireAfterWrite(cacheFor).maximumSize(100_000).build();
  }

  /** What {@code user} may do with the collection; empty: nothing. */
  public Set<Right> rights(String user, UUID collectionId) {
    return decisions.get(
        new DecisionKey(user, collectionId), key -> acl.decide(user, collectionId).rights());
  }

  /**
   * Drops every user's decision on the collection: its grants changed, whoever they were for (a
   * group's or a domain's grant changes the rights of people the event does not name).
   */
  public void forget(UUID collectionId) {
    decisions.asMap().keySet().removeIf(key -> key.collectionId().equals(collectionId));
  }

  private record DecisionKey(String user, UUID collectionId) {}
}
