package dev.partage.gateway.backend;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.partage.contracts.acl.SharedCollection;
import dev.partage.contracts.api.AclApi;
import dev.partage.gateway.dav.routing.HomeKind;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The collections shared with each user, as acl-service lists them, joined to the owners'
 * collections: what a sharee's home shows besides their own. Cached per sharee, because every
 * request to a shared URL maps its name in the sharee's home back to the owner's collection; grant
 * events drop the cache ({@link GrantEventsConsumer}), so a revocation is seen at once.
 */
@ApplicationScoped
public class SharedCollections {

  private final AclApi acl;
  private final CollectionDirectory directory;
  private final Cache<String, List<SharedCollection>> byUser =
      Caffeine.newBuilder().expireAfterWrite(Duration.ofMinutes(1)).maximumSize(50_000).build();

  public SharedCollections(AclApi acl, CollectionDirectory directory) {
    this.acl = acl;
    this.directory = directory;
  }

  /**
   * The collections shared with {@code user} in the home of this kind, each seen through the
   * user's view. A share whose collection its owner has just deleted is left out.
   */
  public List<CollectionRef> home(HomeKind kind, String user) {
    List<CollectionRef> shared = new ArrayList<>();
    for (SharedCollection collection : sharedWith(user)) {
      if (HomeKind.of(collection.kind()) == kind) {
        ownersCollection(kind, collection).ifPresent(shared::add);
      }
    }
    return shared;
  }

  /** The collection shared with {@code user} as {@code nameInHome} in their home of this kind. */
  public Optional<CollectionRef> find(HomeKind kind, String user, String nameInHome) {
    return sharedWith(user).stream()
        .filter(c -> HomeKind.of(c.kind()) == kind && c.view().nameInHome().equals(nameInHome))
        .findFirst()
        .flatMap(collection -> ownersCollection(kind, collection));
  }

  /** Drops what is known of the collections shared with {@code user}, e.g. after a view change. */
  public void forget(String user) {
    byUser.invalidate(user);
  }

  /**
   * Drops everything: a grant to a group or a domain changes the homes of people the event does
   * not name. Grants change rarely, so this costs little.
   */
  public void forgetAll() {
    byUser.invalidateAll();
  }

  private List<SharedCollection> sharedWith(String user) {
    return byUser.get(user, this::load);
  }

  /**
   * Both homes' own names go along: acl-service then never gives a shared collection a name one of
   * the user's own collections has (ADR 0009).
   */
  private List<SharedCollection> load(String user) {
    List<String> ownNames = new ArrayList<>();
    for (HomeKind kind : HomeKind.values()) {
      directory.home(kind, user).forEach(own -> ownNames.add(own.name()));
    }
    return List.copyOf(acl.shared(user, ownNames));
  }

  private Optional<CollectionRef> ownersCollection(HomeKind kind, SharedCollection shared) {
    return directory.home(kind, shared.owner()).stream()
        .filter(own -> own.id().equals(shared.collectionId()))
        .findFirst()
        .map(own -> own.seenThrough(shared.view()));
  }
}
