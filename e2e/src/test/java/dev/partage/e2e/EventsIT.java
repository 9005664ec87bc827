package dev.partage.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.partage.contracts.event.Topics;
import dev.partage.e2e.StackExtension.Stack;
import dev.partage.e2e.support.Dav;
import dev.partage.e2e.support.Ics;
import dev.partage.e2e.support.TopicTail;
import dev.partage.e2e.support.TopicTail.Published;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A write through the gateway reaches Kafka: the calendar-service outbox relay runs. */
@ExtendWith(StackExtension.class)
class EventsIT {

  @Test
  void aPutPublishesObjectChangedKeyedByItsCollection(Stack stack) {
    Dav gilles = Dav.as(stack, Dav.GILLES);
    try (TopicTail calendars = TopicTail.atEnd(stack, Topics.CALENDARS)) {
      String calendar = gilles.newCalendar("events");
      gilles.create(calendar + "first.ics",
          Ics.singleEvent("events-1", "20261110T100000Z", "20261110T110000Z", "First"));
      gilles.create(calendar + "second.ics",
          Ics.singleEvent("events-2", "20261111T100000Z", "20261111T110000Z", "Second"));

      // The relay publishes after the commit, asynchronously: wait for both, at most a while.
      await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
          assertThat(mine(calendars.received())).extracting(Published::objectName)
              .contains("first.ics", "second.ics"));

      List<Published> mine = mine(calendars.received());
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

  /** This test's object changes among what the topic received. */
  private static List<Published> mine(List<Published> events) {
    return events.stream()
        .filter(event -> event.type().equals("OBJECT_CHANGED"))
        .filter(event -> List.of("first.ics", "second.ics").contains(event.objectName()))
        .toList();
  }
}
