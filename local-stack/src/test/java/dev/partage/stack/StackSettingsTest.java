package dev.partage.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class StackSettingsTest {

  private static final Path ROOT = Path.of("/checkout");

  @Test
  void defaultsKeepEverythingOnLoopbackWithDataInTheCheckout() {
    StackSettings settings = StackSettings.defaults(ROOT, Map.of());

    assertThat(settings.dataDir()).isEqualTo(ROOT.resolve(".data"));
    assertThat(settings.ports()).isEqualTo(new StackPorts(15432, 19092, 19093, 18080, 8081, 8082, 8083, 8084, 8080));
    assertThat(settings.gatewayHost()).isEqualTo("127.0.0.1");
  }

  @Test
  void theGatewayAddressComesFromTheEnvironment() {
    StackSettings settings =
        StackSettings.defaults(
            ROOT, Map.of("PARTAGE_HTTP_PORT", "9090", "PARTAGE_HTTP_HOST", "0.0.0.0"));

    assertThat(settings.ports().gateway()).isEqualTo(9090);
    assertThat(settings.gatewayHost()).isEqualTo("0.0.0.0");
  }

  @Test
  void aGatewayPortThatIsNotAPortIsExplained() {
    assertThatThrownBy(() -> StackSettings.defaults(ROOT, Map.of("PARTAGE_HTTP_PORT", "80a")))
        .isInstanceOf(StackException.class)
        .hasMessage("PARTAGE_HTTP_PORT='80a' is not a TCP port: use a number from 1 to 65535.");
  }

  @Test
  void anIsolatedStackTakesDistinctPortsOfItsOwn() {
    StackPorts ports = StackSettings.isolated(ROOT, Path.of("/tmp/e2e")).ports();

    assertThat(
            IntStream.of(
                    ports.postgres(), ports.kafkaBroker(), ports.kafkaController(),
                    ports.keycloak(), ports.calendarService(), ports.taskService(),
                    ports.contactService(), ports.aclService(), ports.gateway())
                .distinct()
                .count())
        .isEqualTo(9);
  }
}
