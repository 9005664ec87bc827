package dev.partage.e2e;

import dev.partage.stack.FileTrees;
import dev.partage.stack.GatewayReplica;
import dev.partage.stack.LocalStack;
import dev.partage.stack.StackSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Runs the whole Partage stack (PostgreSQL, Kafka, Keycloak, services, gateway) once for the e2e
 * run, on free ports with its data in a temporary directory, and stops it when the run ends. Test
 * classes declare {@code @ExtendWith(StackExtension.class)} and take a {@link Stack} parameter.
 *
 * <p>The checkout is found from {@code -Dpartage.root} (set by the e2e pom), so the services are
 * the jars Maven just packaged.
 */
public class StackExtension implements ParameterResolver {

  /**
   * Where tests reach the running stack.
   *
   * @param kafkaBootstrapServers for tests that watch the events the services publish
   * @param gatewayReplicas starts one more gateway of this stack
   */
  public record Stack(
      URI gatewayUrl,
      URI keycloakUrl,
      String kafkaBootstrapServers,
      Supplier<GatewayReplica> gatewayReplicas) {

    /** One more gateway of this stack on a port of its own; the caller closes it. */
    public GatewayReplica startGatewayReplica() {
      return gatewayReplicas.get();
    }

    /** The same stack reached through another of its gateways, such as a replica. */
    public Stack through(URI gateway) {
      return new Stack(gateway, keycloakUrl, kafkaBootstrapServers, gatewayReplicas);
    }
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == Stack.class;
  }

  @Override
  public Stack resolveParameter(ParameterContext parameter, ExtensionContext context) {
    // The root store lives for the whole run and closes its AutoCloseable values at the end.
    return context.getRoot()
        .getStore(ExtensionContext.Namespace.create(StackExtension.class))
        .computeIfAbsent(RunningStack.class, key -> RunningStack.start(), RunningStack.class)
        .urls();
  }

  /** The stack and its temporary directory, removed together. */
  private record RunningStack(LocalStack stack, Path dataDir, Stack urls) implements AutoCloseable {

    static RunningStack start() {
      Path root = Path.of(System.getProperty("partage.root", "..")).toAbsolutePath().normalize();
      try {
        Path dataDir = Files.createTempDirectory("partage-e2e-");
        StackSettings settings = StackSettings.isolated(root, dataDir);
        LocalStack stack = new LocalStack(settings);
        stack.start(LocalStack.Scope.EVERYTHING);
        URI gateway = stack.gatewayUrl().orElseThrow();
        return new RunningStack(
            stack,
            dataDir,
            new Stack(
                gateway, stack.keycloakUrl(), settings.kafkaBootstrapServers(),
                stack::startGatewayReplica));
      } catch (IOException e) {
        throw new UncheckedIOException("No temporary directory for the e2e stack", e);
      }
    }

    @Override
    public void close() throws IOException {
      stack.close();
      FileTrees.delete(dataDir);
    }
  }
}
