package dev.partage.gateway.api;

import dev.partage.contracts.collection.CollectionDto;
import dev.partage.gateway.backend.CollectionRef;

/**
 * A collection the caller may manage (delete, share): their own, or one shared with them with the
 * manage right.
 */
record ManagedCollection(CollectionRef ref, ApiKind kind) {

  CollectionDto dto() {
    return ref.dto();
  }

  String owner() {
    return ref.dto().owner();
  }
}
