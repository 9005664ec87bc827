package dev.partage.e2e.support;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.partage.e2e.StackExtension.Stack;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * The records one Kafka topic of the stack receives from the moment it is opened: a consumer
 * assigned to every partition at its current end, so a test sees its own writes only.
 */
public final class TopicTail implements AutoCloseable {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** One published CollectionEvent: its Kafka key and its JSON value. */
  public record Published(String key, JsonNode value) {

    public String type() {
      return value.path("type").asText();
    }

    public String objectName() {
      return value.path("objectName").asText();
    }
  }

  private final String topic;
  private final KafkaConsumer<String, String> consumer;
  private final List<Published> received = new ArrayList<>();

  private TopicTail(String topic, KafkaConsumer<String, String> consumer) {
    this.topic = topic;
    this.consumer = consumer;
  }

  public static TopicTail atEnd(Stack stack, String topic) {
    KafkaConsumer<String, String> consumer =
        new KafkaConsumer<>(
            Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrapServers()),
            new StringDeserializer(),
            new StringDeserializer());
    List<TopicPartition> partitions =
        consumer.partitionsFor(topic).stream()
            .map(info -> new TopicPartition(info.topic(), info.partition()))
            .toList();
    consumer.assign(partitions);
    consumer.seekToEnd(partitions);
    // seekToEnd is lazy: resolve the positions now, before the test writes.
    partitions.forEach(consumer::position);
    return new TopicTail(topic, consumer);
  }

  /** Polls once, briefly, and answers every record received since the tail was opened. */
  public List<Published> received() {
    consumer.poll(Duration.ofMillis(500)).forEach(record -> received.add(published(record)));
    return List.copyOf(received);
  }

  /**
   * Waits up to a minute for the relay to publish the OBJECT_CHANGED record of the member named
   * {@code objectName}: its key is the id of the collection, which DAV URLs never show.
   */
  public Published awaitObjectChange(String objectName) {
    return await()
        .atMost(Duration.ofSeconds(60))
        .until(
            () -> received().stream()
                .filter(event -> event.type().equals("OBJECT_CHANGED"))
                .filter(event -> event.objectName().equals(objectName))
                .findFirst(),
            Optional::isPresent)
        .orElseThrow();
  }

  @Override
  public void close() {
    consumer.close();
  }

  private Published published(ConsumerRecord<String, String> record) {
    try {
      return new Published(record.key(), JSON.readTree(record.value()));
    } catch (IOException e) {
      throw new UncheckedIOException("A record on " + topic + " is not JSON", e);
    }
  }
}
