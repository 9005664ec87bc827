package dev.partage.calendar;

import static dev.partage.calendar.Fixtures.event;
import static dev.partage.calendar.Fixtures.newCalendar;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.partage.contracts.event.Topics;
import dev.partage.stack.KafkaServer;
import dev.partage.stack.LocalStack;
import dev.partage.stack.LoopbackPorts;
import dev.partage.stack.testing.PostgresKafkaResource;
import dev.partage.outbox.OutboxEntity;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.security.TestSecurity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;

/**
 * Kafka being down never fails a write, and nothing is lost: the events wait in the outbox and go
 * out once the broker is back (ARCHITECTURE.md, Events). Runs with a broker of its own, which it
 * stops and restarts on the same ports and data.
 */
@QuarkusTest
@TestProfile(KafkaOutageTest.OwnBroker.class)
@TestSecurity(user = Fixtures.OWNER)
class KafkaOutageTest {

  /** PostgreSQL as usual, and a Kafka broker this test may stop. */
  public static class OwnBroker implements QuarkusTestProfile {
    @Override
    public List<TestResourceEntry> testResources() {
      return List.of(new TestResourceEntry(RestartableKafka.class));
    }
  }

  public static class RestartableKafka extends PostgresKafkaResource {
    static Path dataDir;
    static int brokerPort;
    static int controllerPort;
    static KafkaServer broker;

    @Override
    public Map<String, String> start() {
      Map<String, String> config = new HashMap<>(super.start());
      try {
        dataDir = Files.createTempDirectory("partage-kafka-outage-");
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
      List<Integer> ports = LoopbackPorts.free(2);
      brokerPort = ports.get(0);
      controllerPort = ports.get(1);
      broker = KafkaServer.start(dataDir, brokerPort, controllerPort);
      broker.createTopics(LocalStack.TOPICS);
      config.put("kafka.bootstrap.servers", broker.bootstrapServers());
      return config;
    }

    @Override
    public void stop() {
      broker.close();
    }

    static void restart() {
      broker = KafkaServer.start(dataDir, brokerPort, controllerPort);
    }
  }

  @Test
  void writesSucceedWhileKafkaIsDownAndTheirEventsFollowWhenItIsBack() {
    String cal = newCalendar();
    RestartableKafka.broker.close();

    given().contentType("text/calendar").body(event("outage", "20261201T100000Z", "20261201T110000Z", "x"))
        .put("/internal/collections/{id}/objects/{name}", cal, "outage.ics").then().statusCode(200);
    assertThat(QuarkusTransaction.requiringNew().call(() -> OutboxEntity.count("messageKey", cal)))
        .as("the event waits in the outbox").isPositive();

    RestartableKafka.restart();
    List<String> received = new ArrayList<>();
    try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, RestartableKafka.broker.bootstrapServers(),
        ConsumerConfig.GROUP_ID_CONFIG, "outage-" + UUID.randomUUID(),
        ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(), new StringDeserializer())) {
      consumer.subscribe(List.of(Topics.CALENDARS));
      long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
      while (received.stream().noneMatch(v -> v.contains("\"objectName\":\"outage.ics\"")) && System.nanoTime() < deadline) {
        consumer.poll(Duration.ofMillis(500)).forEach(r -> {
          if (cal.equals(r.key())) {
            received.add(r.value());
          }
        });
      }
    }
    assertThat(received).anySatisfy(v -> assertThat(v).contains("\"type\":\"OBJECT_CHANGED\"").contains("\"objectName\":\"outage.ics\""));
    assertThat(QuarkusTransaction.requiringNew().call(() -> OutboxEntity.count("messageKey", cal)))
        .as("published events leave the outbox").isZero();
  }
}
