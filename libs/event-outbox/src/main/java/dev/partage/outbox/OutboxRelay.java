package dev.partage.outbox;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.Properties;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Publishes the outbox to Kafka, oldest first, at least once: rows are deleted only after the
 * broker acknowledged them. Woken right after each commit that appended events, and by a slow poll
 * for anything left behind (Kafka down, a crash between send and delete).
 */
@ApplicationScoped
public class OutboxRelay {

  private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

  private final OutboxBatches batches;
  private final OutboxConfig config;
  private final String bootstrapServers;
  private final Semaphore wakeUp = new Semaphore(0);
  private volatile boolean running;
  private Thread worker;
  private KafkaProducer<String, String> producer;

  OutboxRelay(
      OutboxBatches batches,
      OutboxConfig config,
      @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers) {
    this.batches = batches;
    this.config = config;
    this.bootstrapServers = bootstrapServers;
  }

  void start(@Observes StartupEvent start) {
    producer = new KafkaProducer<>(producerSettings(), new StringSerializer(), new StringSerializer());
    running = true;
    worker = Thread.ofPlatform().name("outbox-relay").daemon().start(this::run);
  }

  void stop(@Observes ShutdownEvent stop) throws InterruptedException {
    running = false;
    wakeUp.release();
    if (worker != null) {
      worker.join(5_000);
    }
    if (producer != null) {
      producer.close(java.time.Duration.ofSeconds(2));
    }
  }

  void committed(@Observes(during = TransactionPhase.AFTER_SUCCESS) EventOutbox.Appended appended) {
    wakeUp.release();
  }

  private void run() {
    long backoffMillis = 0;
    while (running) {
      try {
        wakeUp.tryAcquire(backoffMillis > 0 ? backoffMillis : config.relay().pollEvery().toMillis(), TimeUnit.MILLISECONDS);
        wakeUp.drainPermits();
        while (running && batches.publishNext(producer, config.relay().batchSize()) == config.relay().batchSize()) {
          // a full batch: more may be waiting
        }
        backoffMillis = 0;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      } catch (RuntimeException e) {
        backoffMillis = Math.min(Math.max(backoffMillis * 2, 500), 10_000);
        LOG.warnf("outbox relay: publishing failed (%s); retrying in %d ms", e.getMessage(), backoffMillis);
      }
    }
  }

  private Properties producerSettings() {
    Properties p = new Properties();
    p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    p.put(ProducerConfig.ACKS_CONFIG, "all");
    p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
    p.put(ProducerConfig.LINGER_MS_CONFIG, "0");
    // fail fast when the broker is away: the rows stay in the outbox and the relay retries
    p.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, "3000");
    p.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, "3000");
    p.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, "6000");
    return p;
  }
}
