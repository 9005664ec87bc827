package dev.partage.e2e.support;

import static org.assertj.core.api.Assertions.assertThat;

import dev.partage.contracts.event.Topics;
import dev.partage.e2e.StackExtension.Stack;
import dev.partage.e2e.support.TopicTail.Published;
import java.util.UUID;

/**
 * Which service keeps a collection, told from outside: the DAV side never shows collection ids or
 * services, but each service publishes its own collections' events on its own topic.
 */
public final class KeepingService {

  private KeepingService() {}

  /** What a test writes: a new collection and, in it, one member named {@code memberName}. */
  public interface Writes {
    void collectionWithMember(String memberName);
  }

  /**
   * Runs {@code writes} and proves that the collection's records arrive on {@code topic} with
   * {@code kind} and owner, and none on partage.calendars. A marker event is written to a calendar
   * afterwards: calendar-service relays its outbox in commit order, so had it stored the collection,
   * its records would come before the marker's.
   */
  public static void assertKeptBy(Stack stack, Dav owner, String topic, String kind, String extension, Writes writes) {
    try (TopicTail kept = TopicTail.atEnd(stack, topic);
        TopicTail calendars = TopicTail.atEnd(stack, Topics.CALENDARS)) {
      String memberName = "member-" + UUID.randomUUID() + extension;
      writes.collectionWithMember(memberName);
      String calendar = owner.newCalendar("kept-marker");
      String markerName = "marker-" + UUID.randomUUID() + ".ics";
      owner.create(calendar + markerName,
          Ics.singleEvent("marker-" + UUID.randomUUID(), "20261110T100000Z", "20261110T110000Z", "Marker"));

      Published memberChanged = kept.awaitObjectChange(memberName);
      String collectionId = memberChanged.key();
      assertThat(memberChanged.value().path("collectionId").asText()).isEqualTo(collectionId);
      assertThat(memberChanged.value().path("kind").asText()).isEqualTo(kind);
      assertThat(kept.received())
          .filteredOn(event -> event.type().equals("COLLECTION_CREATED"))
          .anySatisfy(created -> {
            assertThat(created.key()).isEqualTo(collectionId);
            assertThat(created.value().path("owner").asText()).isEqualTo(owner.user());
          });

      calendars.awaitObjectChange(markerName);
      assertThat(calendars.received()).extracting(Published::key).doesNotContain(collectionId);
    }
  }
}
