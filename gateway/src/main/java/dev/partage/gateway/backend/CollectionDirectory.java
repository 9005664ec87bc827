package dev.partage.gateway.backend;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.partage.contracts.api.CollectionApi;
import dev.partage.contracts.collection.CollectionDto;
import dev.partage.gateway.dav.routing.HomeKind;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Which collections each owner has in each home, across the services behind it. Cached, because
 * nearly every DAV request resolves a collection name; kept fresh by {@link #forget} after writes
 * through this gateway and by the services' Kafka events for writes through other replicas. The
 * expiry is only a safety net.
 */
@ApplicationScoped
public class CollectionDirectory {

  private final Backends backends;
  private final Cache<HomeKey, List<CollectionRef>> homes =
      Caffeine.newBuilder().expireAfterWrite(Duration.ofMinutes(5)).maximumSize(50_000).build();

  CollectionDirectory(Backends backends) {
    this.backends = backends;
  }

  /** Every collection the owner owns in the home of this kind. */
  public List<CollectionRef> home(HomeKind kind, String owner) {
    HomeKey key = new HomeKey(kind, owner);
    List<CollectionRef> cached = homes.getIfPresent(key);
    if (cached != null) {
      return cached;
    }
    List<CollectionRef> fresh = load(key);
    homes.put(key, fresh);
    return fresh;
  }

  public Optional<CollectionRef> find(HomeKind kind, String owner, String name) {
    return home(kind, owner).stream().filter(c -> c.name().equals(name)).findFirst();
  }

  /**
   * Drops what is known of an owner's collections in every home; the next read asks the services
   * again. Events name only the owner, and a home is one call to reload.
   */
  public void forget(String owner) {
    for (HomeKind kind : HomeKind.values()) {
      homes.invalidate(new HomeKey(kind, owner));
    }
  }

  public CollectionApi apiFor(HomeKind kind, Set<String> components) {
    return backends.forNewCollection(kind, components);
  }

  private List<CollectionRef> load(HomeKey key) {
    List<CollectionRef> all = new ArrayList<>();
    for (CollectionApi api : backends.homeSources(key.kind())) {
      for (CollectionDto dto : api.listCollections(key.owner())) {
        all.add(new CollectionRef(dto, api));
      }
    }
    return List.copyOf(all);
  }

  private record HomeKey(HomeKind kind, String owner) {}
}
