package dev.partage.stack;

import java.net.URI;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * One Partage service as the stack runs it: a Quarkus fast-jar started as a child JVM with
 * {@code -D} properties that point it at the stack's PostgreSQL, Kafka and Keycloak.
 *
 * @param jar relative to the repository root
 * @param database the PostgreSQL database the stack creates for it, if it has one
 */
public record ServiceSpec(
    String name,
    Path jar,
    String host,
    int port,
    Optional<String> database,
    Map<String, String> properties) {

  public ServiceSpec {
    // Kept in insertion order: the command line in `ps` and the logs reads as it was built.
    properties = Collections.unmodifiableMap(new LinkedHashMap<>(properties));
  }

  /** The service {@code name} built by Maven at {@code name/target/quarkus-app/quarkus-run.jar}. */
  public static ServiceSpec quarkusApp(String name, String host, int port) {
    Map<String, String> properties = new LinkedHashMap<>();
    properties.put("quarkus.http.host", host);
    properties.put("quarkus.http.port", String.valueOf(port));
    return new ServiceSpec(
        name,
        Path.of(name, "target", "quarkus-app", "quarkus-run.jar"),
        host,
        port,
        Optional.empty(),
        properties);
  }

  public ServiceSpec with(String property, String value) {
    Map<String, String> more = new LinkedHashMap<>(properties);
    more.put(property, value);
    return new ServiceSpec(name, jar, host, port, database, more);
  }

  /**
   * The same service under another name, listening on another port: one more replica beside the
   * first, with the same settings, its own log and its own process.
   */
  public ServiceSpec replica(String replicaName, int replicaPort) {
    return new ServiceSpec(replicaName, jar, host, replicaPort, database, properties)
        .with("quarkus.http.port", String.valueOf(replicaPort));
  }

  /** Gives the service its own database, used as the application role. */
  public ServiceSpec withDatabase(String databaseName, int postgresPort) {
    return new ServiceSpec(name, jar, host, port, Optional.of(databaseName), properties)
        .with("quarkus.datasource.jdbc.url", PostgresServer.jdbcUrl(postgresPort, databaseName))
        .with("quarkus.datasource.username", PostgresServer.USERNAME)
        .with("quarkus.datasource.password", PostgresServer.PASSWORD);
  }

  /** The address clients use; a service bound to every interface is still reached on loopback. */
  public URI baseUrl() {
    String reachableHost = "0.0.0.0".equals(host) ? StackSettings.LOOPBACK_HOST : host;
    return URI.create("http://" + reachableHost + ":" + port);
  }

  public URI readinessUrl() {
    return baseUrl().resolve("/q/health/ready");
  }
}
