package dev.partage.gateway.api;

import dev.partage.contracts.acl.Right;
import dev.partage.contracts.acl.SharedCollection;
import dev.partage.contracts.collection.CollectionDto;
import dev.partage.gateway.dav.routing.DavUrls;
import java.net.URI;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

/**
 * Builds what the API shows of a collection for one user, with the URLs of their own DAV home: a
 * shared collection is reached under the sharee's home, by the sharee's name for it
 * (ARCHITECTURE.md, URLs presented to clients), never under the owner's.
 */
final class CollectionViews {

  private static final Set<Right> EVERYTHING = EnumSet.allOf(Right.class);

  private final String user;
  private final URI base;

  /** @param base the gateway's public base URL, as the request reached it */
  CollectionViews(String user, URI base) {
    this.user = user;
    this.base = base;
  }

  CollectionView own(CollectionDto collection) {
    ApiKind kind = ApiKind.of(collection.kind());
    return view(kind, collection.id(), collection.name(), collection.displayName(), collection.color(),
        collection.description(), collection.owner(), true, EVERYTHING);
  }

  CollectionView shared(MyCollections.Shared shared) {
    SharedCollection share = shared.share();
    return view(ApiKind.of(share.kind()), share.collectionId(), share.view().nameInHome(),
        share.view().displayName(), share.view().color(),
        shared.collection().map(CollectionDto::description).orElse(null),
        share.owner(), false, share.rights());
  }

  private CollectionView view(ApiKind kind, UUID id, String name, String displayName, String color,
      String description, String owner, boolean mine, Set<Right> rights) {
    String davUrl = base.resolve(DavUrls.collection(kind.home(), user, name)).toString();
    return new CollectionView(id, kind, name, displayName, color, description, owner, mine,
        ShareRole.matching(rights).orElse(null), ShareRight.of(rights), davUrl,
        kind.calendarLike() ? davUrl : null);
  }
}
