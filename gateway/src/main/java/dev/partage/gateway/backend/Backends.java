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

  /** RFC 4791 section 5.2.3: the component set that makes a calendar collection a task list. */
  private static final Set<String> TASKS_ONLY = Set.of("VTODO");

  private final CollectionApi calendars;
  private final CollectionApi tasks;

  Backends(GatewayConfig config, TokenForwarding tokenForwarding) {
    this.calendars = client(config.calendarServiceUrl(), tokenForwarding);
    this.tasks = client(config.taskServiceUrl(), tokenForwarding);
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
    return List.of(calendars, tasks);
  }

  /** The service that creates a calendar collection with these components: task lists go to task-service. */
  public CollectionApi forComponents(Set<String> components) {
    return TASKS_ONLY.equals(components) ? tasks : calendars;
  }
}
