package dev.partage.stack;

import java.util.List;

/**
 * The services the stack runs, in start order (the gateway calls the others, so it comes last).
 * A new service is one more entry here and a port in {@link StackPorts}.
 */
public final class PartageServices {

  public static final String GATEWAY = "gateway";

  private PartageServices() {}

  public static List<ServiceSpec> of(StackSettings settings) {
    StackPorts ports = settings.ports();
    ServiceSpec calendar =
        connected(settings, ServiceSpec.quarkusApp(
                "calendar-service", StackSettings.LOOPBACK_HOST, ports.calendarService()))
            .withDatabase("calendar", ports.postgres());
    ServiceSpec tasks =
        connected(settings, ServiceSpec.quarkusApp(
                "task-service", StackSettings.LOOPBACK_HOST, ports.taskService()))
            .withDatabase("tasks", ports.postgres());
    ServiceSpec contacts =
        connected(settings, ServiceSpec.quarkusApp(
                "contact-service", StackSettings.LOOPBACK_HOST, ports.contactService()))
            .withDatabase("contacts", ports.postgres());
    ServiceSpec acl =
        demoDomains(connected(settings, ServiceSpec.quarkusApp(
                "acl-service", StackSettings.LOOPBACK_HOST, ports.aclService()))
            .withDatabase("acl", ports.postgres()))
            .with("partage.acl.keycloak.client-id", DemoRealm.CLIENT_ID)
            .with("partage.acl.keycloak.client-secret", DemoRealm.CLIENT_SECRET);
    ServiceSpec gateway =
        connected(settings, ServiceSpec.quarkusApp(
                GATEWAY, settings.gatewayHost(), ports.gateway()))
            .with("partage.gateway.calendar-service-url", calendar.baseUrl().toString())
            .with("partage.gateway.task-service-url", tasks.baseUrl().toString())
            .with("partage.gateway.contact-service-url", contacts.baseUrl().toString())
            .with("partage.gateway.acl-service-url", acl.baseUrl().toString())
            .with("partage.gateway.keycloak.client-id", DemoRealm.CLIENT_ID)
            .with("partage.gateway.keycloak.client-secret", DemoRealm.CLIENT_SECRET);
    return List.of(calendar, tasks, contacts, acl, gateway);
  }

  /**
   * The demo realm's domains as acl-service hosts them: two domains of two tenants that share with
   * any hosted domain, and one that shares only within itself (README.md, demo accounts).
   */
  private static ServiceSpec demoDomains(ServiceSpec acl) {
    return hostedDomain(hostedDomain(hostedDomain(acl,
                "namebay.example", "namebay", "platform"),
            "filiale.example", "filiale", "platform"),
        "isolated.example", "isolated", "domain");
  }

  /** Map keys holding dots are quoted in MicroProfile Config names. */
  private static ServiceSpec hostedDomain(ServiceSpec acl, String domain, String tenant, String policy) {
    String prefix = "partage.acl.domains.\"" + domain + "\".";
    return acl.with(prefix + "tenant", tenant).with(prefix + "policy", policy);
  }

  /** Every service publishes or reads events and verifies the caller's token itself. */
  private static ServiceSpec connected(StackSettings settings, ServiceSpec service) {
    return service
        .with("kafka.bootstrap.servers", settings.kafkaBootstrapServers())
        .with("quarkus.oidc.auth-server-url", DemoRealm.issuer(settings.keycloakUrl()).toString());
  }
}
