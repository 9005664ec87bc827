package dev.partage.gateway.backend;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.partage.contracts.api.CollectionApi;
import dev.partage.contracts.collection.CollectionDto;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Which collections each owner has, across the services of the calendar home. Cached, because
 * nearly every DAV request resolves a collection name; kept fresh by {@link #forget} after writes
 * through this gateway and by the services' Kafka events for writes through other replicas. The
 * expiry is only a safety net.
 */
@ApplicationScoped
public class CollectionDirectory {

  private final Backends backends;
  private final Cache<String, List<CollectionRef>> homes =
      Caffeine.newBuilder().expireAfterWrite(Duration.ofMinutes(5)).maximumSize(50_000).build();

  CollectionDirectory(Backends backends) {
    this.backends = backends;
  }

  /** Every calendar and task list the owner owns. */
  public List<CollectionRef> calendarHome(String owner) {
    List<CollectionRef> cached = homes.getIfPresent(owner);
    if (cached != null) {
      return cached;
    }
    List<CollectionRef> fresh = load(owner);
    homes.put(owner, fresh);
    return fresh;
  }

  public Optional<CollectionRef> find(String owner, String name) {
    return calendarHome(owner).stream().filter(c -> c.name().equals(name)).findFirst();
  }

  /** Drops what is known of an owner's collections; the next read asks the services again. */
  public void forget(String owner) {
    homes.invalidate(owner);
  }

  public CollectionApi apiFor(Set<String> components) {
    return backends.forComponents(components);
  }

  private List<CollectionRef> load(String owner) {
    List<CollectionRef> all = new ArrayList<>();
    for (CollectionApi api : backends.calendarHomeSources()) {
      for (CollectionDto dto : api.listCollections(owner)) {
        all.add(new CollectionRef(dto, api));
      }
    }
    return List.copyOf(all);
  }
}
