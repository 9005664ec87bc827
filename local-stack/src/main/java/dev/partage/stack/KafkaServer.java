package dev.partage.stack;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Level;
import java.util.logging.Logger;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.utils.Exit;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;
import org.apache.kafka.server.common.MetadataVersion;

/**
 * A single-node Kafka 4 broker in KRaft combined mode (broker and controller in one), run inside
 * this JVM. Its storage is formatted once; later starts find their topics and offsets again.
 */
public final class KafkaServer implements AutoCloseable {

  private static final int NODE_ID = 1;
  private static final String CONTROLLER_LISTENER = "CONTROLLER";
  private static final Duration READY_TIMEOUT = Duration.ofSeconds(60);
  private static final int TOPIC_PARTITIONS = 3;

  /** Strong references: java.util.logging forgets the level of a logger nobody holds. */
  private static final List<Logger> QUIETED =
      List.of("kafka", "org.apache.kafka", "state.change.logger").stream()
          .map(Logger::getLogger)
          .peek(logger -> logger.setLevel(Level.WARNING))
          .toList();

  static {
    // Kafka halts the JVM on a fatal fault, as a broker process should. Here the JVM is the stack
    // (or a test run), which must still stop PostgreSQL and Keycloak: make the fault an exception.
    Exit.setHaltProcedure(KafkaServer::refuseToStopJvm);
    Exit.setExitProcedure(KafkaServer::refuseToStopJvm);
  }

  private final KafkaRaftServer server;
  private final String bootstrapServers;

  private KafkaServer(KafkaRaftServer server, String bootstrapServers) {
    this.server = server;
    this.bootstrapServers = bootstrapServers;
  }

  /** Formats {@code dataDir} if it is new, starts the broker and waits until it serves clients. */
  public static KafkaServer start(Path dataDir, int brokerPort, int controllerPort) {
    String host = StackSettings.LOOPBACK_HOST;
    Properties config = new Properties();
    config.put("process.roles", "broker,controller");
    config.put("node.id", String.valueOf(NODE_ID));
    // A static voter set (not --standalone): PLATFORM.md, Kafka 4.x accepts one or the other.
    config.put("controller.quorum.voters", NODE_ID + "@" + host + ":" + controllerPort);
    config.put("listeners",
        "PLAINTEXT://" + host + ":" + brokerPort + "," + CONTROLLER_LISTENER + "://" + host + ":"
            + controllerPort);
    config.put("advertised.listeners", "PLAINTEXT://" + host + ":" + brokerPort);
    config.put("controller.listener.names", CONTROLLER_LISTENER);
    config.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
    config.put("inter.broker.listener.name", "PLAINTEXT");
    config.put("log.dirs", dataDir.toString());
    // One broker: internal topics cannot have the default replication factor of 3.
    config.put("offsets.topic.replication.factor", "1");
    config.put("transaction.state.log.replication.factor", "1");
    config.put("transaction.state.log.min.isr", "1");
    config.put("share.coordinator.state.topic.replication.factor", "1");
    config.put("share.coordinator.state.topic.min.isr", "1");
    config.put("group.initial.rebalance.delay.ms", "0");
    // The defaults size a production broker; these keep it within a laptop's JVM heap.
    config.put("num.network.threads", "2");
    config.put("num.io.threads", "2");
    config.put("log.cleaner.dedupe.buffer.size", String.valueOf(4 * 1024 * 1024));

    formatIfNew(dataDir);
    KafkaRaftServer server = new KafkaRaftServer(KafkaConfig.fromProps(config, false), Time.SYSTEM);
    server.startup();
    KafkaServer kafka = new KafkaServer(server, host + ":" + brokerPort);
    try {
      kafka.awaitBroker();
    } catch (RuntimeException notReady) {
      kafka.close();
      throw notReady;
    }
    return kafka;
  }

  public String bootstrapServers() {
    return bootstrapServers;
  }

  /** Creates each topic that does not exist yet. */
  public void createTopics(Collection<String> names) {
    try (Admin admin = admin()) {
      List<NewTopic> topics =
          names.stream().map(name -> new NewTopic(name, TOPIC_PARTITIONS, (short) 1)).toList();
      admin.createTopics(topics).values().values().forEach(KafkaServer::awaitCreated);
    }
  }

  /** Topic names visible to clients, for checks. */
  public Set<String> topics() {
    try (Admin admin = admin()) {
      return admin.listTopics().names().get(30, TimeUnit.SECONDS);
    } catch (ExecutionException | TimeoutException e) {
      throw new StackException("Kafka did not list its topics at " + bootstrapServers, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new StackException("Interrupted while listing Kafka topics", e);
    }
  }

  /** Controlled shutdown: the broker leaves the quorum cleanly so the next start is quick. */
  @Override
  public void close() {
    server.shutdown();
    server.awaitShutdown();
  }

  private static void formatIfNew(Path dataDir) {
    // A formatted directory keeps its cluster id: formatting again, even with "ignore formatted",
    // fails on the id mismatch.
    if (Files.exists(dataDir.resolve("meta.properties"))) {
      return;
    }
    try {
      Files.createDirectories(dataDir);
      new Formatter()
          .setPrintStream(new PrintStream(PrintStream.nullOutputStream()))
          .setNodeId(NODE_ID)
          .setClusterId(Uuid.randomUuid().toString())
          .setControllerListenerName(CONTROLLER_LISTENER)
          .setMetadataLogDirectory(dataDir.toString())
          .setDirectories(List.of(dataDir.toString()))
          .setReleaseVersion(MetadataVersion.latestProduction())
          .run();
    } catch (IOException e) {
      throw new StackException("Cannot create the Kafka data directory " + dataDir, e);
    } catch (Exception e) {
      throw new StackException(
          "Kafka could not format " + dataDir + " (" + e.getMessage() + "). Delete that directory "
              + "(its events are lost) and start again.", e);
    }
  }

  private void awaitBroker() {
    Instant deadline = Instant.now().plus(READY_TIMEOUT);
    Exception lastFailure = null;
    try (Admin admin = admin()) {
      while (Instant.now().isBefore(deadline)) {
        try {
          if (!admin.describeCluster().nodes().get(5, TimeUnit.SECONDS).isEmpty()) {
            return;
          }
        } catch (ExecutionException | TimeoutException notYet) {
          lastFailure = notYet;
        }
        Thread.sleep(200);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new StackException("Interrupted while waiting for Kafka", e);
    }
    throw new StackException(
        "Kafka did not answer on " + bootstrapServers + " within " + READY_TIMEOUT, lastFailure);
  }

  private static void refuseToStopJvm(int statusCode, String message) {
    throw new StackException(
        "Kafka hit a fatal fault (status " + statusCode + (message == null ? "" : ", " + message)
            + "); its log lines above say why.");
  }

  private Admin admin() {
    return Admin.create(
        Map.of(
            AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
            AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 30_000));
  }

  private static void awaitCreated(org.apache.kafka.common.KafkaFuture<Void> creation) {
    try {
      creation.get(30, TimeUnit.SECONDS);
    } catch (ExecutionException e) {
      if (!(e.getCause() instanceof TopicExistsException)) {
        throw new StackException(
            "Kafka refused to create a topic: " + e.getCause().getMessage(), e);
      }
    } catch (TimeoutException e) {
      throw new StackException("Kafka did not create a topic within 30 s", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new StackException("Interrupted while creating Kafka topics", e);
    }
  }
}
