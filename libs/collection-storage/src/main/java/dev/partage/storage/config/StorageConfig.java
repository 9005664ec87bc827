package dev.partage.storage.config;

import dev.partage.contracts.collection.CollectionKind;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of the shared collection storage, set by each service. */
@ConfigMapping(prefix = "partage.storage")
public interface StorageConfig {

  /** The one kind of collection this service owns. */
  CollectionKind kind();

  /** Largest object body accepted, in octets (advertised as max-resource-size). */
  @WithDefault("10485760")
  int maxResourceSize();
}
