package dev.partage.stack.testing;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Reads what a real broker holds for one key of a topic, for tests that check a service's events.
 * The consumer group is new each time, so every record from the start of the topic is seen.
 */
public final class TopicRecords {

  private static final Duration PATIENCE = Duration.ofSeconds(30);

  private TopicRecords() {}

  /** A consumer of {@code topic} from its beginning, subscribed before the test writes anything. */
  public static KafkaConsumer<String, String> fromTheStart(String bootstrapServers, String topic) {
    KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
        ConsumerConfig.GROUP_ID_CONFIG, "test-" + UUID.randomUUID(),
        ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(), new StringDeserializer());
    consumer.subscribe(List.of(topic));
    return consumer;
  }

  /**
   * The values of the records keyed {@code key}, in order, once {@code count} have arrived or after
   * 30 seconds with what came by then (the assertion that follows says what was missing).
   */
  public static List<String> valuesFor(KafkaConsumer<String, String> consumer, String key, int count) {
    List<String> values = new ArrayList<>();
    long deadline = System.nanoTime() + PATIENCE.toNanos();
    while (values.size() < count && System.nanoTime() < deadline) {
      consumer.poll(Duration.ofMillis(200)).forEach(r -> {
        if (key.equals(r.key())) {
          values.add(r.value());
        }
      });
    }
    return values;
  }
}
