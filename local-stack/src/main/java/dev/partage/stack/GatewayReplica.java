package dev.partage.stack;

import java.net.URI;

/**
 * A second gateway of a running stack ({@link LocalStack#startGatewayReplica()}), reached at
 * {@code url}; closing it stops its process.
 */
public record GatewayReplica(URI url, ManagedProcess process) implements AutoCloseable {

  @Override
  public void close() {
    process.close();
  }
}
