package dev.partage.calendar;

import static dev.partage.calendar.Fixtures.event;
import static dev.partage.calendar.Fixtures.newCalendar;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.partage.contracts.event.Topics;
import dev.partage.stack.testing.PostgresKafkaResource;
import dev.partage.stack.testing.TopicRecords;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** Every committed change reaches the real Kafka broker, keyed by its collection, in order. */
@QuarkusTest
@QuarkusTestResource(PostgresKafkaResource.class)
@TestSecurity(user = Fixtures.OWNER)
class CollectionEventsTest {

  @ConfigProperty(name = "kafka.bootstrap.servers")
  String bootstrapServers;

  @Test
  void changesArePublishedKeyedByCollectionInCommitOrder() {
    try (KafkaConsumer<String, String> consumer = TopicRecords.fromTheStart(bootstrapServers, Topics.CALENDARS)) {
      String cal = newCalendar();
      given().contentType("text/calendar").body(event("ev1", "20261201T100000Z", "20261201T110000Z", "x"))
          .put("/internal/collections/{id}/objects/{name}", cal, "ev1.ics").then().statusCode(200);
      given().delete("/internal/collections/{id}/objects/{name}", cal, "ev1.ics").then().statusCode(200);

      assertThat(TopicRecords.valuesFor(consumer, cal, 3))
          .satisfiesExactly(
              created -> assertThat(created).contains("\"type\":\"COLLECTION_CREATED\""),
              changed -> assertThat(changed).contains("\"type\":\"OBJECT_CHANGED\"").contains("\"objectName\":\"ev1.ics\"").contains("\"syncRevision\":1"),
              deleted -> assertThat(deleted).contains("\"type\":\"OBJECT_DELETED\"").contains("\"syncRevision\":2"));
    }
  }
}
