package dev.partage.acl.rest;

import static dev.partage.acl.rest.People.ALEXANDRE;
import static dev.partage.acl.rest.People.DAVID;
import static dev.partage.acl.rest.People.GILLES;
import static dev.partage.acl.rest.People.address;
import static dev.partage.acl.rest.People.calendar;
import static dev.partage.acl.rest.People.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.partage.acl.service.EffectiveRights;
import dev.partage.acl.service.Shares;
import dev.partage.contracts.acl.GranteeType;
import dev.partage.contracts.acl.Role;
import dev.partage.contracts.collection.CollectionKind;
import dev.partage.contracts.event.CollectionEvent;
import dev.partage.contracts.event.GrantEvent;
import dev.partage.contracts.event.Topics;
import dev.partage.stack.testing.KeycloakResource;
import dev.partage.stack.testing.PostgresKafkaResource;
import dev.partage.stack.testing.TopicRecords;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * Grant changes go out on partage.grants keyed by collection id, and a collection its service
 * deleted loses its grants and views.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresKafkaResource.class,
    initArgs = @ResourceArg(name = PostgresKafkaResource.DATABASE, value = "acl"))
@QuarkusTestResource(KeycloakResource.class)
class GrantEventsTest {

  @Inject ObjectMapper json;
  @Inject Shares shares;
  @Inject EffectiveRights rights;

  @ConfigProperty(name = "kafka.bootstrap.servers")
  String kafka;

  private final UUID collection = UUID.randomUUID();

  @Test
  void everyGrantChangeIsPublishedInOrder() throws JsonProcessingException {
    try (KafkaConsumer<String, String> grants = TopicRecords.fromTheStart(kafka, Topics.GRANTS)) {
      shares.share(collection, address(GILLES), calendar(GILLES, "work", user(ALEXANDRE, Role.READ)));
      shares.share(collection, address(GILLES), calendar(GILLES, "work", user(ALEXANDRE, Role.READ_WRITE)));
      shares.revoke(collection, address(GILLES), GranteeType.USER, ALEXANDRE);

      List<GrantEvent> events = events(TopicRecords.valuesFor(grants, collection.toString(), 3));

      assertThat(events).extracting(GrantEvent::type).containsExactly(
          GrantEvent.Type.GRANT_SET, GrantEvent.Type.GRANT_SET, GrantEvent.Type.GRANT_REMOVED);
      assertThat(events).allSatisfy(event -> {
        assertThat(event.collectionId()).isEqualTo(collection);
        assertThat(event.kind()).isEqualTo(CollectionKind.CALENDAR);
        assertThat(event.owner()).isEqualTo(GILLES);
        assertThat(event.granteeType()).isEqualTo(GranteeType.USER);
        assertThat(event.grantee()).isEqualTo(ALEXANDRE);
      });
      assertThat(events.get(1).rights()).isEqualTo(Role.READ_WRITE.rights());
      assertThat(events.get(2).rights()).isEmpty();
    }
  }

  @Test
  void aDeletedCollectionLosesItsGrantsEvenWhenTheDeletionArrivesTwice() throws JsonProcessingException {
    shares.share(collection, address(GILLES),
        calendar(GILLES, "work", user(ALEXANDRE, Role.READ), user(DAVID, Role.READ)));
    try (KafkaConsumer<String, String> grants = TopicRecords.fromTheStart(kafka, Topics.GRANTS)) {
      CollectionEvent deleted = new CollectionEvent(CollectionEvent.Type.COLLECTION_DELETED, collection,
          CollectionKind.CALENDAR, GILLES, null, 7, Instant.now());
      publish(Topics.CALENDARS, deleted);
      publish(Topics.CALENDARS, deleted);

      await().atMost(Duration.ofSeconds(30))
          .untilAsserted(() -> assertThat(shares.grants(collection, address(GILLES))).isEmpty());
      assertThat(rights.decide(collection, address(ALEXANDRE)).rights()).isEmpty();
      List<GrantEvent> events = events(TopicRecords.valuesFor(grants, collection.toString(), 4));
      assertThat(events).filteredOn(event -> event.type() == GrantEvent.Type.GRANT_REMOVED)
          .extracting(GrantEvent::grantee)
          .containsExactlyInAnyOrder(ALEXANDRE, DAVID);
    }
  }

  private void publish(String topic, CollectionEvent event) throws JsonProcessingException {
    try (KafkaProducer<String, String> producer = new KafkaProducer<>(
        Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka), new StringSerializer(), new StringSerializer())) {
      producer.send(new ProducerRecord<>(topic, event.collectionId().toString(), json.writeValueAsString(event)));
    }
  }

  private List<GrantEvent> events(List<String> values) throws JsonProcessingException {
    List<GrantEvent> events = new ArrayList<>();
    for (String value : values) {
      events.add(json.readValue(value, GrantEvent.class));
    }
    return events;
  }
}
