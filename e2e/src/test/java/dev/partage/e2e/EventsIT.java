package dev.partage.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.partage.contracts.event.Topics;
import dev.partage.e2e.StackExtension.Stack;
import dev.partage.e2e.support.Dav;
import dev.partage.e2e.support.Ics;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A write through the gateway reaches Kafka: the calendar-service outbox relay runs. */
@ExtendWith(StackExtension.class)
class EventsIT {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** One published event: its Kafka key and its JSON value. */
  private record Published(String key, JsonNode value) {}

  @Test
  void aPutPublishesObjectChangedKeyedByItsCollection(Stack stack) {
    Dav gilles = Dav.as(stack, Dav.GILLES);
    try (KafkaConsumer<String, String> consumer = consumerAtTheEndOfCalendars(stack)) {
      String calendar = gilles.newCalendar("events");
      gilles.create(calendar + "first.ics",
          Ics.singleEvent("events-1", "20261110T100000Z", "20261110T110000Z", "First"));
      gilles.create(calendar + "second.ics",
          Ics.singleEvent("events-2", "20261111T100000Z", "20261111T110000Z", "Second"));

      List<Published> seen = new ArrayList<>();
      // The relay publishes after the commit, asynchronously: wait for both, at most a while.
      await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
        consumer.poll(Duration.ofMillis(500)).forEach(record -> seen.add(published(record)));
        assertThat(objectChanges(seen)).extracting(event -> event.value().path("objectName").asText())
            .contains("first.ics", "second.ics");
      });

      List<Published> mine =
          objectChanges(seen).stream()
              .filter(event -> List.of("first.ics", "second.ics")
                  .contains(event.value().path("objectName").asText()))
              .toList();
      assertThat(mine).hasSize(2).allSatisfy(event -> {
        assertThat(event.value().path("kind").asText()).isEqualTo("CALENDAR");
        assertThat(event.value().path("owner").asText()).isEqualTo(Dav.GILLES);
        // Keyed by collection id, so one calendar's events stay in order on one partition.
        assertThat(event.key()).isEqualTo(event.value().path("collectionId").asText());
      });
      assertThat(mine).extracting(Published::key).containsOnly(mine.getFirst().key());
      assertThat(mine).extracting(event -> event.value().path("syncRevision").asLong())
          .containsExactly(1L, 2L);
    }
  }

  /** Reads partage.calendars from its current end, so only this test's writes are seen. */
  private static KafkaConsumer<String, String> consumerAtTheEndOfCalendars(Stack stack) {
    KafkaConsumer<String, String> consumer =
        new KafkaConsumer<>(
            Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrapServers()),
            new StringDeserializer(),
            new StringDeserializer());
    List<TopicPartition> partitions =
        consumer.partitionsFor(Topics.CALENDARS).stream()
            .map(info -> new TopicPartition(info.topic(), info.partition()))
            .toList();
    consumer.assign(partitions);
    consumer.seekToEnd(partitions);
    // seekToEnd is lazy: resolve the positions now, before the writes.
    partitions.forEach(consumer::position);
    return consumer;
  }

  private static List<Published> objectChanges(List<Published> events) {
    return events.stream()
        .filter(event -> event.value().path("type").asText().equals("OBJECT_CHANGED"))
        .toList();
  }

  private static Published published(ConsumerRecord<String, String> record) {
    try {
      return new Published(record.key(), JSON.readTree(record.value()));
    } catch (IOException e) {
      throw new UncheckedIOException("An event on " + Topics.CALENDARS + " is not JSON", e);
    }
  }
}
