package dev.partage.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KafkaServerTest {

  @TempDir Path dir;

  @Test
  void theStackTopicsExistAndEventsSurviveARestart()
      throws ExecutionException, InterruptedException {
    List<Integer> ports = LoopbackPorts.free(2);
    Path data = dir.resolve("kafka");

    try (KafkaServer kafka = KafkaServer.start(data, ports.get(0), ports.get(1))) {
      kafka.createTopics(LocalStack.TOPICS);
      kafka.createTopics(LocalStack.TOPICS);
      assertThat(kafka.topics()).containsAll(LocalStack.TOPICS);
      try (KafkaProducer<String, String> producer = producer(kafka.bootstrapServers())) {
        producer.send(new ProducerRecord<>("partage.calendars", "collection-1", "created")).get();
      }
    }

    try (KafkaServer again = KafkaServer.start(data, ports.get(0), ports.get(1))) {
      assertThat(again.topics()).containsAll(LocalStack.TOPICS);
      assertThat(readAll(again.bootstrapServers(), "partage.calendars"))
          .containsExactly("collection-1=created");
    }
  }

  private static KafkaProducer<String, String> producer(String bootstrapServers) {
    return new KafkaProducer<>(
        Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers),
        new StringSerializer(),
        new StringSerializer());
  }

  /** Polls until one record arrives: the broker may still be electing partition leaders. */
  private static List<String> readAll(String bootstrapServers, String topic) {
    Map<String, Object> config =
        Map.of(
            ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
            ConsumerConfig.GROUP_ID_CONFIG, "kafka-server-test",
            ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    List<String> records = new ArrayList<>();
    try (KafkaConsumer<String, String> consumer =
        new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer())) {
      consumer.subscribe(List.of(topic));
      for (int attempt = 0; attempt < 60 && records.isEmpty(); attempt++) {
        for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
          records.add(record.key() + "=" + record.value());
        }
      }
    }
    return records;
  }
}
