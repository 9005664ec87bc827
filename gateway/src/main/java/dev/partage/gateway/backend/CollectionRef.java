package dev.partage.gateway.backend;

import dev.partage.contracts.api.CollectionApi;
import dev.partage.contracts.collection.CollectionDto;
import dev.partage.contracts.collection.CollectionKind;
import java.util.UUID;

/** A collection and the service that owns it. */
public record CollectionRef(CollectionDto dto, CollectionApi api) {

  public UUID id() {
    return dto.id();
  }

  public CollectionKind kind() {
    return dto.kind();
  }

  public String name() {
    return dto.name();
  }
}
