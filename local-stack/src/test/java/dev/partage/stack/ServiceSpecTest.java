package dev.partage.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;

class ServiceSpecTest {

  private final ServiceSpec gateway =
      ServiceSpec.quarkusApp("gateway", "127.0.0.1", 8080)
          .with("partage.gateway.acl-service-url", "http://127.0.0.1:8084");

  @Test
  void aReplicaListensOnItsOwnPortWithEverythingElseTheSame() {
    ServiceSpec replica = gateway.replica("gateway-replica-1", 9090);

    assertThat(replica.name()).isEqualTo("gateway-replica-1");
    assertThat(replica.jar()).isEqualTo(gateway.jar());
    assertThat(replica.baseUrl()).isEqualTo(URI.create("http://127.0.0.1:9090"));
    assertThat(replica.properties())
        .containsEntry("quarkus.http.port", "9090")
        .containsEntry("partage.gateway.acl-service-url", "http://127.0.0.1:8084")
        .hasSameSizeAs(gateway.properties());
  }
}
