package dev.partage.gateway.backend;

import dev.partage.contracts.api.AclApi;
import dev.partage.contracts.api.CollectionApi;
import dev.partage.gateway.config.GatewayConfig;
import dev.partage.gateway.dav.routing.HomeKind;
import io.quarkus.rest.client.reactive.QuarkusRestClientBuilder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.net.URI;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * The REST clients of the collection services and of acl-service. One client per service for the
 * whole process:
 * connections are pooled and kept alive (PERFORMANCE.md: no per-request set-up).
 */
@ApplicationScoped
public class Backends {

  /** RFC 4791 section 5.2.3: the component set that makes a calendar collection a task list. */
  private static final Set<String> TASKS_ONLY = Set.of("VTODO");

  private final CollectionApi calendars;
  private final CollectionApi tasks;
  private final CollectionApi contacts;
  private final AclApi acl;

  Backends(GatewayConfig config, TokenForwarding tokenForwarding) {
    this.calendars = client(config.calendarServiceUrl(), tokenForwarding, CollectionApi.class);
    this.tasks = client(config.taskServiceUrl(), tokenForwarding, CollectionApi.class);
    this.contacts = client(config.contactServiceUrl(), tokenForwarding, CollectionApi.class);
    this.acl = client(config.aclServiceUrl(), tokenForwarding, AclApi.class);
  }

  private static <T> T client(String url, TokenForwarding tokenForwarding, Class<T> api) {
    return QuarkusRestClientBuilder.newBuilder()
        .baseUri(URI.create(url))
        .register(tokenForwarding)
        .connectTimeout(5, TimeUnit.SECONDS)
        .readTimeout(60, TimeUnit.SECONDS)
        .build(api);
  }

  /** acl-service: grants, sharees' views and the authorization decision. */
  @Produces
  @Singleton
  public AclApi acl() {
    return acl;
  }

  /**
   * The services whose collections make up a home of this kind: calendars and task lists in the
   * calendar home, address books in the address-book home.
   */
  public List<CollectionApi> homeSources(HomeKind kind) {
    return switch (kind) {
      case CALENDARS -> List.of(calendars, tasks);
      case ADDRESS_BOOKS -> List.of(contacts);
    };
  }

  /**
   * The service that creates a collection in a home of this kind: address books go to
   * contact-service; calendars holding VTODO alone, task lists, to task-service.
   */
  public CollectionApi forNewCollection(HomeKind kind, Set<String> components) {
    return switch (kind) {
      case ADDRESS_BOOKS -> contacts;
      case CALENDARS -> TASKS_ONLY.equals(components) ? tasks : calendars;
    };
  }
}
