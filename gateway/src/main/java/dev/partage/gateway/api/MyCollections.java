package dev.partage.gateway.api;

import dev.partage.contracts.acl.Right;
import dev.partage.contracts.acl.SharedCollection;
import dev.partage.contracts.acl.SharerView;
import dev.partage.contracts.acl.ViewPatch;
import dev.partage.contracts.api.AclApi;
import dev.partage.contracts.collection.CollectionDto;
import dev.partage.contracts.collection.CollectionPatch;
import dev.partage.contracts.collection.NewCollection;
import dev.partage.gateway.backend.Backends;
import dev.partage.gateway.backend.CollectionDirectory;
import dev.partage.gateway.backend.CollectionRef;
import dev.partage.gateway.backend.SharedCollections;
import dev.partage.gateway.dav.routing.HomeKind;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * A user's collections as the management API sees them: their own, from the collection services
 * (through the gateway's {@link CollectionDirectory} cache), and those shared with them, from
 * acl-service. The one place that decides which collection a {kind}/{name} of the API names.
 */
@ApplicationScoped
class MyCollections {

  /** A shared collection with the owner's description of it, when the owner's home still has it. */
  record Shared(SharedCollection share, Optional<CollectionDto> collection) {}

  private final CollectionDirectory directory;
  private final SharedCollections sharedCollections;
  private final AclApi acl;

  MyCollections(CollectionDirectory directory, SharedCollections sharedCollections, Backends backends) {
    this.directory = directory;
    this.sharedCollections = sharedCollections;
    this.acl = backends.acl();
  }

  List<CollectionDto> own(String user) {
    return ownRefs(user).stream().map(CollectionRef::dto).toList();
  }

  List<Shared> shared(String user) {
    return sharedWith(user).stream()
        .map(share -> new Shared(share, ownerRef(share).map(CollectionRef::dto)))
        .toList();
  }

  /**
   * The collection {@code name} of this kind in the user's home, if they may manage it (delete it,
   * share it); anything else, including a collection shared with them without the manage right,
   * answers as missing.
   */
  ManagedCollection managed(String user, ApiKind kind, String name) {
    Optional<ManagedCollection> own = directory.find(kind.home(), user, name)
        .filter(ref -> ref.kind() == kind.collectionKind())
        .map(ref -> new ManagedCollection(ref, kind));
    return own.or(() -> sharedToManage(user, kind, name))
        .orElseThrow(() -> ApiException.notFound("You have no " + kind.segment() + " named '" + name
            + "' that you may manage; GET /api/v1/collections lists yours."));
  }

  /** The collection shared with the user under {@code name} in their home of this kind, if any. */
  Optional<Shared> sharedNamed(String user, ApiKind kind, String name) {
    return shareNamed(user, kind, name)
        .map(share -> new Shared(share, ownerRef(share).map(CollectionRef::dto)));
  }

  /**
   * Changes the user's own view of a collection shared with them, as their PROPPATCH over DAV does;
   * their DAV home shows it at once.
   */
  Shared patchView(String user, Shared shared, ViewPatch patch) {
    SharedCollection share = shared.share();
    SharerView view = acl.patchView(user, share.collectionId(), patch);
    sharedCollections.forget(user);
    return new Shared(new SharedCollection(share.collectionId(), share.kind(), share.owner(),
        share.ownerCollectionName(), share.rights(), view), shared.collection());
  }

  /**
   * Creates the collection, {@code checked} by {@link CollectionFields#checked}, on the service that
   * keeps its kind; a name already used in the home is a 409.
   */
  CollectionDto create(String user, NewCollectionBody checked) {
    ApiKind kind = checked.kind();
    Set<String> taken = namesTaken(user, kind.home());
    String chosen = checked.name() != null ? checked.name() : CollectionNames.derive(checked.displayName(), taken);
    if (taken.contains(chosen)) {
      throw ApiException.nameTaken(chosen);
    }
    NewCollection named = new NewCollection(chosen, checked.displayName(), checked.color(), checked.description(),
        null, kind.components(), null, Map.of());
    CollectionDto created = directory.apiFor(kind.home(), kind.components()).createCollection(user, named);
    directory.forget(user);
    return created;
  }

  CollectionDto patch(ManagedCollection collection, CollectionPatch patch) {
    CollectionDto patched = collection.ref().api().patchCollection(collection.dto().id(), patch);
    directory.forget(collection.owner());
    return patched;
  }

  /** acl-service drops the collection's grants when the deletion event reaches it (ADR 0009). */
  void delete(ManagedCollection collection) {
    collection.ref().api().deleteCollection(collection.dto().id());
    directory.forget(collection.owner());
  }

  private Optional<ManagedCollection> sharedToManage(String user, ApiKind kind, String name) {
    return shareNamed(user, kind, name)
        .filter(share -> share.rights().contains(Right.MANAGE))
        .flatMap(share -> ownerRef(share).map(ref -> new ManagedCollection(ref, kind)));
  }

  private Optional<SharedCollection> shareNamed(String user, ApiKind kind, String name) {
    return sharedWith(user).stream()
        .filter(share -> share.kind() == kind.collectionKind())
        .filter(share -> share.view().nameInHome().equals(name))
        .findFirst();
  }

  private Optional<CollectionRef> ownerRef(SharedCollection share) {
    UUID id = share.collectionId();
    return directory.home(HomeKind.of(share.kind()), share.owner()).stream()
        .filter(ref -> ref.id().equals(id))
        .findFirst();
  }

  /**
   * acl-service names a collection in a sharee's home the first time it lists it, avoiding the
   * sharee's own names: it is given those of both homes, as the DAV side gives them.
   */
  private List<SharedCollection> sharedWith(String user) {
    List<String> ownNames = ownRefs(user).stream().map(CollectionRef::name).distinct().toList();
    return acl.shared(user, ownNames);
  }

  /** Own and shared names of one home: a new collection's name must take none of them. */
  private Set<String> namesTaken(String user, HomeKind home) {
    Set<String> taken = new HashSet<>();
    directory.home(home, user).forEach(ref -> taken.add(ref.name()));
    sharedWith(user).stream()
        .filter(share -> HomeKind.of(share.kind()) == home)
        .forEach(share -> taken.add(share.view().nameInHome()));
    return taken;
  }

  private List<CollectionRef> ownRefs(String user) {
    return Stream.of(HomeKind.values())
        .flatMap(home -> directory.home(home, user).stream())
        .toList();
  }
}
