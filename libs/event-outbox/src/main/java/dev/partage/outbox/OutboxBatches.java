package dev.partage.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;

/** One round of the relay: send the oldest events, wait for the acknowledgements, delete them. */
@ApplicationScoped
class OutboxBatches {

  /** Any constant shared by the replicas of one service: only one relays at a time, in order. */
  private static final long RELAY_LOCK = 0x7061727461676500L;

  private final EntityManager em;

  OutboxBatches(EntityManager em) {
    this.em = em;
  }

  /** Publishes up to {@code limit} events; returns how many went out. */
  @Transactional
  int publishNext(Producer<String, String> producer, int limit) throws InterruptedException {
    Boolean locked = (Boolean) em.createNativeQuery("select pg_try_advisory_xact_lock(?1)")
        .setParameter(1, RELAY_LOCK).getSingleResult();
    if (!Boolean.TRUE.equals(locked)) {
      return 0; // another replica is relaying
    }
    List<OutboxEntity> rows = OutboxEntity.find("order by id").page(0, limit).list();
    List<Future<RecordMetadata>> acks = new ArrayList<>(rows.size());
    for (OutboxEntity row : rows) {
      acks.add(producer.send(new ProducerRecord<>(row.topic, row.messageKey, row.payload)));
    }
    for (Future<RecordMetadata> ack : acks) {
      try {
        ack.get();
      } catch (ExecutionException e) {
        throw new IllegalStateException("Kafka refused an event: " + e.getCause().getMessage(), e.getCause());
      }
    }
    if (!rows.isEmpty()) {
      // by id, not "id <= last": a row committed meanwhile with a lower id has not been sent
      OutboxEntity.delete("id in ?1", rows.stream().map(r -> r.id).toList());
    }
    return rows.size();
  }
}
