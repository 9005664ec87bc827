package dev.partage.outbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Settings of the outbox relay. */
@ConfigMapping(prefix = "partage.outbox")
public interface OutboxConfig {

  Relay relay();

  interface Relay {
    /** How often the outbox is polled when no commit has signalled new events. */
    @WithDefault("1s")
    Duration pollEvery();

    /** Events published per round. */
    @WithDefault("500")
    int batchSize();
  }
}
