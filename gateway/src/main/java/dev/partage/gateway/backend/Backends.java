package dev.partage.gateway.backend;

import dev.partage.contracts.api.CollectionApi;
import dev.partage.gateway.config.GatewayConfig;
import io.quarkus.rest.client.reactive.QuarkusRestClientBuilder;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * The REST clients of the collection services. One client per service for the whole process:
 * connections are pooled and kept alive (PERFORMANCE.md: no per-request set-up).
 */
@ApplicationScoped
public class Backends {

  private final CollectionApi calendars;

  Backends(GatewayConfig config, TokenForwarding tokenForwarding) {
    this.calendars = client(config.calendarServiceUrl(), tokenForwarding);
  }

  private static CollectionApi client(String url, TokenForwarding tokenForwarding) {
    return QuarkusRestClientBuilder.newBuilder()
        .baseUri(URI.create(url))
        .register(tokenForwarding)
        .connectTimeout(5, TimeUnit.SECONDS)
        .readTimeout(60, TimeUnit.SECONDS)
        .build(CollectionApi.class);
  }

  /** The services whose collections make up a calendar home. */
  public List<CollectionApi> calendarHomeSources() {
    return List.of(calendars);
  }

  /**
   * The service that creates a calendar collection with these components. Until task-service
   * exists, calendar-service holds task lists too.
   */
  public CollectionApi forComponents(Set<String> components) {
    return calendars;
  }
}
