package dev.partage.stack.testing;

import dev.partage.stack.DemoRealm;
import dev.partage.stack.FileTrees;
import dev.partage.stack.KeycloakServer;
import dev.partage.stack.LoopbackPorts;
import dev.partage.stack.StackSettings;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * A real Keycloak with the demo realm for {@code @QuarkusTest} classes that look users and groups
 * up: {@code @QuarkusTestResource(KeycloakResource.class)}. It points {@code
 * quarkus.oidc.auth-server-url} at the realm.
 *
 * <p>Started once per JVM on a free port, from a fresh home in a temporary directory (so the realm
 * is imported as the checkout defines it), and stopped by a shutdown hook, like {@link
 * PostgresKafkaResource}. The distribution is the one local-stack's build unpacked under {@code
 * local-stack/target/keycloak} of the checkout named by {@code -Dpartage.root}.
 */
public class KeycloakResource implements QuarkusTestResourceLifecycleManager {

  @Override
  public Map<String, String> start() {
    URI keycloak = SharedKeycloak.get().url();
    return Map.of("quarkus.oidc.auth-server-url", DemoRealm.issuer(keycloak).toString());
  }

  /** Keycloak outlives every test class; the JVM's shutdown hook stops it. */
  @Override
  public void stop() {}

  private record SharedKeycloak(Path root, KeycloakServer server, URI url) {

    private static SharedKeycloak instance;

    static synchronized SharedKeycloak get() {
      if (instance == null) {
        instance = startInTemporaryDirectory();
      }
      return instance;
    }

    private static SharedKeycloak startInTemporaryDirectory() {
      Path checkout = Path.of(System.getProperty("partage.root", "..")).toAbsolutePath().normalize();
      try {
        Path root = Files.createTempDirectory("partage-keycloak-");
        int port = LoopbackPorts.free(1).getFirst();
        KeycloakServer server = KeycloakServer.start(
            StackSettings.keycloakDistributions(checkout), root.resolve("home"), port,
            root.resolve("keycloak.log"));
        SharedKeycloak keycloak = new SharedKeycloak(
            root, server, URI.create("http://" + StackSettings.LOOPBACK_HOST + ":" + port));
        Runtime.getRuntime().addShutdownHook(new Thread(keycloak::stop, "partage-test-keycloak-stop"));
        return keycloak;
      } catch (IOException e) {
        throw new UncheckedIOException("No temporary directory for the test Keycloak", e);
      }
    }

    private void stop() {
      server.close();
      try {
        FileTrees.delete(root);
      } catch (IOException e) {
        System.err.println("Test Keycloak: could not delete " + root + ": " + e.getMessage());
      }
    }
  }
}
