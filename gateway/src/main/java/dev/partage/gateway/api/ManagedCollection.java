package dev.partage.gateway.api;

import dev.partage.contracts.acl.SharedCollection;
import dev.partage.contracts.collection.CollectionDto;
import dev.partage.gateway.backend.CollectionRef;
import java.util.Optional;

/**
 * A collection the caller may manage (rename, delete, share): their own, or one shared with them
 * with the manage right.
 *
 * @param share how it is shared with the caller; empty for their own
 */
record ManagedCollection(CollectionRef ref, ApiKind kind, Optional<SharedCollection> share) {

  CollectionDto dto() {
    return ref.dto();
  }

  String owner() {
    return ref.dto().owner();
  }
}
