package dev.partage.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalStackTest {

  @TempDir Path dir;

  @Test
  void aBusyPortIsNamedAndNothingIsStarted() throws IOException {
    StackSettings settings = StackSettings.isolated(dir, dir.resolve("data"));
    int keycloakPort = settings.ports().keycloak();

    try (ServerSocket squatter =
            new ServerSocket(keycloakPort, 1, InetAddress.getLoopbackAddress());
        LocalStack stack = new LocalStack(settings)) {
      assertThatThrownBy(() -> stack.start(LocalStack.Scope.INFRASTRUCTURE))
          .isInstanceOf(StackException.class)
          .hasMessageStartingWith("Port " + keycloakPort + " (Keycloak) is already in use");
    }
    assertThat(dir.resolve("data")).doesNotExist();
  }

  @Test
  void aGatewayReplicaNeedsARunningStack() {
    try (LocalStack stack = new LocalStack(StackSettings.isolated(dir, dir.resolve("data")))) {
      assertThatThrownBy(stack::startGatewayReplica)
          .isInstanceOf(StackException.class)
          .hasMessageContaining("joins a running stack");
    }
  }

  @Test
  void theTopicsAreTheOnesTheServicesPublishTo() {
    assertThat(LocalStack.TOPICS)
        .containsExactly(
            "partage.calendars", "partage.tasks", "partage.contacts", "partage.grants");
  }
}
