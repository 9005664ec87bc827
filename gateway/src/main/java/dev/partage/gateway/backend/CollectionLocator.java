package dev.partage.gateway.backend;

import dev.partage.gateway.dav.routing.DavTarget;
import dev.partage.gateway.dav.routing.HomeKind;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/**
 * Finds the collection a target names or lies in: one of the home owner's own, or, in the user's
 * own home, a collection shared with them under its name there (ARCHITECTURE.md, URLs: one home
 * holds own and shared collections alike). Whether the user may reach it is decided afterwards.
 */
@ApplicationScoped
public class CollectionLocator {

  private final CollectionDirectory directory;
  private final SharedCollections shared;

  public CollectionLocator(CollectionDirectory directory, SharedCollections shared) {
    this.directory = directory;
    this.shared = shared;
  }

  public Optional<CollectionRef> locate(String user, DavTarget target) {
    return switch (target) {
      case DavTarget.Collection collection ->
          locate(user, collection.kind(), collection.owner(), collection.name());
      case DavTarget.Member member ->
          locate(user, member.kind(), member.owner(), member.collection());
      default -> Optional.empty();
    };
  }

  private Optional<CollectionRef> locate(
      String user, HomeKind kind, String homeOwner, String name) {
    Optional<CollectionRef> own = directory.find(kind, homeOwner, name);
    if (own.isPresent() || !homeOwner.equals(user)) {
      return own;
    }
    return shared.find(kind, user, name);
  }
}
