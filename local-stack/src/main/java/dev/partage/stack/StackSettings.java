package dev.partage.stack;

import java.net.URI;
import java.nio.file.Path;
import java.util.Map;

/**
 * Where a stack finds its programs and keeps its data, and which ports it takes.
 *
 * @param repoRoot the checkout, holding the built service jars and the unpacked Keycloak
 * @param dataDir everything the stack writes: databases, Kafka log, Keycloak home, logs
 * @param gatewayHost the interface the gateway listens on (every other part stays on loopback)
 */
public record StackSettings(Path repoRoot, Path dataDir, StackPorts ports, String gatewayHost) {

  public static final String LOOPBACK_HOST = "127.0.0.1";

  /** `./partage up`: data under `.data`, gateway on PARTAGE_HTTP_HOST:PARTAGE_HTTP_PORT. */
  public static StackSettings defaults(Path repoRoot, Map<String, String> env) {
    int gatewayPort = parsePort(env.get("PARTAGE_HTTP_PORT"));
    String gatewayHost = env.getOrDefault("PARTAGE_HTTP_HOST", LOOPBACK_HOST);
    return new StackSettings(
        repoRoot, repoRoot.resolve(".data"), StackPorts.defaults(gatewayPort), gatewayHost);
  }

  /** A throw-away stack beside any other: its own data dir and free ports. */
  public static StackSettings isolated(Path repoRoot, Path dataDir) {
    return new StackSettings(repoRoot, dataDir, StackPorts.free(), LOOPBACK_HOST);
  }

  public Path logsDir() {
    return dataDir.resolve("logs");
  }

  public Path pidFile() {
    return dataDir.resolve("partage.pid");
  }

  public Path postgresDir() {
    return dataDir.resolve("postgres");
  }

  public Path kafkaDir() {
    return dataDir.resolve("kafka");
  }

  public Path keycloakHome() {
    return dataDir.resolve("keycloak");
  }

  public Path keycloakDistributions() {
    return keycloakDistributions(repoRoot);
  }

  /** Where Maven unpacks keycloak-quarkus-dist in a checkout (see local-stack/pom.xml). */
  public static Path keycloakDistributions(Path repoRoot) {
    return repoRoot.resolve("local-stack/target/keycloak");
  }

  public String kafkaBootstrapServers() {
    return LOOPBACK_HOST + ":" + ports.kafkaBroker();
  }

  public URI keycloakUrl() {
    return URI.create("http://" + LOOPBACK_HOST + ":" + ports.keycloak());
  }

  private static int parsePort(String value) {
    if (value == null || value.isBlank()) {
      return StackPorts.DEFAULT_GATEWAY;
    }
    try {
      int port = Integer.parseInt(value.trim());
      if (port > 0 && port < 65536) {
        return port;
      }
    } catch (NumberFormatException notANumber) {
      // reported below
    }
    throw new StackException(
        "PARTAGE_HTTP_PORT='" + value + "' is not a TCP port: use a number from 1 to 65535.");
  }
}
