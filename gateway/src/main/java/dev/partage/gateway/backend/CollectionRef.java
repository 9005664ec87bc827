package dev.partage.gateway.backend;

import dev.partage.contracts.acl.SharerView;
import dev.partage.contracts.api.CollectionApi;
import dev.partage.contracts.collection.CollectionDto;
import dev.partage.contracts.collection.CollectionKind;
import java.util.UUID;

/**
 * A collection and the service that owns it.
 *
 * @param sharerView how the collection looks in a sharee's home when it is reached there, or null
 *     when it is reached in its owner's home
 */
public record CollectionRef(CollectionDto dto, CollectionApi api, SharerView sharerView) {

  public CollectionRef(CollectionDto dto, CollectionApi api) {
    this(dto, api, null);
  }

  /**
   * The same collection as a sharee sees it in their home: the owner's content, ETags and sync
   * token, with the sharee's own display name, colour and order (ARCHITECTURE.md, URLs).
   */
  public CollectionRef seenThrough(SharerView view) {
    CollectionDto seen =
        new CollectionDto(
            dto.id(),
            dto.owner(),
            dto.name(),
            dto.kind(),
            view.displayName() != null ? view.displayName() : dto.displayName(),
            view.color() != null ? view.color() : dto.color(),
            dto.description(),
            dto.timezone(),
            dto.components(),
            view.order() != null ? view.order() : dto.order(),
            dto.deadProperties(),
            dto.syncRevision(),
            dto.createdAt(),
            dto.updatedAt());
    return new CollectionRef(seen, api, view);
  }

  /** True when reached in a sharee's home, where PROPPATCH changes only the sharee's view. */
  public boolean inShareeHome() {
    return sharerView != null;
  }

  public UUID id() {
    return dto.id();
  }

  public CollectionKind kind() {
    return dto.kind();
  }

  public String name() {
    return dto.name();
  }

  /** The collection's owner, whose cached home must be forgotten after a write. */
  public String owner() {
    return dto.owner();
  }
}
