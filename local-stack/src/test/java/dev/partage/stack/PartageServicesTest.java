package dev.partage.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The -D properties are the names the services' configuration reads: they must not drift. */
class PartageServicesTest {

  private final List<ServiceSpec> services =
      PartageServices.of(StackSettings.defaults(Path.of("/checkout"), Map.of()));

  @Test
  void theCalendarServiceStartsFirstWithItsOwnDatabase() {
    ServiceSpec calendar = services.getFirst();

    assertThat(calendar.name()).isEqualTo("calendar-service");
    assertThat(calendar.jar())
        .isEqualTo(Path.of("calendar-service/target/quarkus-app/quarkus-run.jar"));
    assertThat(calendar.database()).contains("calendar");
    assertThat(calendar.properties())
        .containsEntry("quarkus.http.host", "127.0.0.1")
        .containsEntry("quarkus.http.port", "8081")
        .containsEntry("quarkus.datasource.jdbc.url",
            "jdbc:postgresql://127.0.0.1:15432/calendar")
        .containsEntry("quarkus.datasource.username", PostgresServer.USERNAME)
        .containsEntry("quarkus.datasource.password", PostgresServer.PASSWORD)
        .containsEntry("kafka.bootstrap.servers", "127.0.0.1:19092")
        .containsEntry("quarkus.oidc.auth-server-url", "http://127.0.0.1:18080/realms/partage");
  }

  @Test
  void theTaskServiceHasItsOwnPortAndDatabase() {
    ServiceSpec tasks = services.get(1);

    assertThat(tasks.name()).isEqualTo("task-service");
    assertThat(tasks.database()).contains("tasks");
    assertThat(tasks.properties())
        .containsEntry("quarkus.http.port", "8082")
        .containsEntry("quarkus.datasource.jdbc.url", "jdbc:postgresql://127.0.0.1:15432/tasks")
        .containsEntry("kafka.bootstrap.servers", "127.0.0.1:19092");
  }

  @Test
  void theContactServiceHasItsOwnPortAndDatabase() {
    ServiceSpec contacts = services.get(2);

    assertThat(contacts.name()).isEqualTo("contact-service");
    assertThat(contacts.database()).contains("contacts");
    assertThat(contacts.properties())
        .containsEntry("quarkus.http.port", "8083")
        .containsEntry("quarkus.datasource.jdbc.url", "jdbc:postgresql://127.0.0.1:15432/contacts");
  }

  @Test
  void theAclServiceHasItsOwnPortDatabaseAndTheDemoDomains() {
    ServiceSpec acl = services.get(3);

    assertThat(acl.name()).isEqualTo("acl-service");
    assertThat(acl.database()).contains("acl");
    assertThat(acl.properties())
        .containsEntry("quarkus.http.port", "8084")
        .containsEntry("quarkus.datasource.jdbc.url", "jdbc:postgresql://127.0.0.1:15432/acl")
        .containsEntry("kafka.bootstrap.servers", "127.0.0.1:19092")
        .containsEntry("quarkus.oidc.auth-server-url", "http://127.0.0.1:18080/realms/partage")
        .containsEntry("partage.acl.keycloak.client-id", DemoRealm.CLIENT_ID)
        .containsEntry("partage.acl.keycloak.client-secret", DemoRealm.CLIENT_SECRET)
        .containsEntry("partage.acl.domains.\"namebay.example\".tenant", "namebay")
        .containsEntry("partage.acl.domains.\"namebay.example\".policy", "platform")
        .containsEntry("partage.acl.domains.\"filiale.example\".tenant", "filiale")
        .containsEntry("partage.acl.domains.\"filiale.example\".policy", "platform")
        .containsEntry("partage.acl.domains.\"isolated.example\".policy", "domain");
  }

  @Test
  void theGatewayComesLastAndKnowsWhereTheCollectionServicesAre() {
    ServiceSpec gateway = services.getLast();

    assertThat(gateway.name()).isEqualTo("gateway");
    assertThat(gateway.database()).isEmpty();
    assertThat(gateway.readinessUrl()).hasToString("http://127.0.0.1:8080/q/health/ready");
    assertThat(gateway.properties())
        .containsEntry("quarkus.http.port", "8080")
        .containsEntry("kafka.bootstrap.servers", "127.0.0.1:19092")
        .containsEntry("quarkus.oidc.auth-server-url", "http://127.0.0.1:18080/realms/partage")
        .containsEntry("partage.gateway.calendar-service-url", "http://127.0.0.1:8081")
        .containsEntry("partage.gateway.task-service-url", "http://127.0.0.1:8082")
        .containsEntry("partage.gateway.contact-service-url", "http://127.0.0.1:8083")
        .containsEntry("partage.gateway.acl-service-url", "http://127.0.0.1:8084")
        .containsEntry("partage.gateway.keycloak.client-id", DemoRealm.CLIENT_ID)
        .containsEntry("partage.gateway.keycloak.client-secret", DemoRealm.CLIENT_SECRET);
  }
}
