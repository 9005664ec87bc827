package dev.partage.storage.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.partage.contracts.event.CollectionEvent;
import dev.partage.contracts.event.Topics;
import dev.partage.storage.entity.OutboxEntity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.Instant;

/**
 * Records events in the transaction of the change they describe (the transactional outbox): a
 * change is committed with its event or not at all, and Kafka being down never fails a write.
 */
@ApplicationScoped
public class EventOutbox {

  /** Fired inside the transaction; observed after commit to wake the relay. */
  public record Appended() {}

  private final ObjectMapper json;
  private final Event<Appended> appended;

  EventOutbox(ObjectMapper json, Event<Appended> appended) {
    this.json = json;
    this.appended = appended;
  }

  @Transactional(Transactional.TxType.MANDATORY)
  public void append(CollectionEvent event) {
    OutboxEntity row = new OutboxEntity();
    row.topic = Topics.of(event.kind());
    row.messageKey = event.collectionId().toString();
    row.payload = serialise(event);
    row.createdAt = Instant.now();
    row.persist();
    appended.fire(new Appended());
  }

  private String serialise(CollectionEvent event) {
    try {
      return json.writeValueAsString(event);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a CollectionEvent is always serialisable", e);
    }
  }
}
