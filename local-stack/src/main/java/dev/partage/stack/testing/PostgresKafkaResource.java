package dev.partage.stack.testing;

import dev.partage.stack.FileTrees;
import dev.partage.stack.KafkaServer;
import dev.partage.stack.LocalStack;
import dev.partage.stack.LoopbackPorts;
import dev.partage.stack.PostgresServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A real PostgreSQL and a real Kafka broker for {@code @QuarkusTest} classes:
 *
 * <pre>{@code
 * @QuarkusTestResource(value = PostgresKafkaResource.class,
 *     initArgs = @ResourceArg(name = PostgresKafkaResource.DATABASE, value = "calendar"))
 * }</pre>
 *
 * Both start once per JVM, on free ports in a temporary directory, and are shared by every test
 * class (starting them per class would cost seconds each); a shutdown hook stops them. Each
 * distinct database name gets its own database.
 */
public class PostgresKafkaResource implements QuarkusTestResourceLifecycleManager {

  /** Init argument: the database to create and point the datasource at. */
  public static final String DATABASE = "database";

  private static final String DEFAULT_DATABASE = "test";

  private String database = DEFAULT_DATABASE;

  @Override
  public void init(Map<String, String> initArgs) {
    database = initArgs.getOrDefault(DATABASE, DEFAULT_DATABASE);
  }

  @Override
  public Map<String, String> start() {
    SharedServers servers = SharedServers.get();
    servers.postgres().createDatabaseIfMissing(database);
    return Map.of(
        "quarkus.datasource.jdbc.url", servers.postgres().jdbcUrl(database),
        "quarkus.datasource.username", PostgresServer.USERNAME,
        "quarkus.datasource.password", PostgresServer.PASSWORD,
        "kafka.bootstrap.servers", servers.kafka().bootstrapServers());
  }

  /** The servers outlive every test class; the JVM's shutdown hook stops them. */
  @Override
  public void stop() {}

  /** Started on first use, by whichever test class comes first. */
  private record SharedServers(Path root, PostgresServer postgres, KafkaServer kafka) {

    private static SharedServers instance;

    static synchronized SharedServers get() {
      if (instance == null) {
        instance = startInTemporaryDirectory();
      }
      return instance;
    }

    private static SharedServers startInTemporaryDirectory() {
      try {
        Path root = Files.createTempDirectory("partage-test-");
        List<Integer> ports = LoopbackPorts.free(3);
        PostgresServer postgres =
            PostgresServer.start(
                root.resolve("postgres"), ports.get(0), root.resolve("postgres.log"));
        KafkaServer kafka = KafkaServer.start(root.resolve("kafka"), ports.get(1), ports.get(2));
        kafka.createTopics(LocalStack.TOPICS);
        SharedServers servers = new SharedServers(root, postgres, kafka);
        Runtime.getRuntime()
            .addShutdownHook(new Thread(servers::stop, "partage-test-servers-stop"));
        return servers;
      } catch (IOException e) {
        throw new UncheckedIOException("No temporary directory for the test servers", e);
      }
    }

    private void stop() {
      kafka.close();
      postgres.close();
      try {
        FileTrees.delete(root);
      } catch (IOException e) {
        System.err.println("Test servers: could not delete " + root + ": " + e.getMessage());
      }
    }
  }
}
