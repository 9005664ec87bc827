package dev.partage.stack;

import dev.partage.contracts.event.Topics;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * The whole Partage platform on one machine, loopback only: PostgreSQL, Kafka, Keycloak, then the
 * services. {@code ./partage up} runs it in the foreground; the e2e tests run one on free ports.
 * Closing stops the parts in reverse order of their start.
 */
public final class LocalStack implements AutoCloseable {

  /** What to start: the e2e tests and `./partage up` want everything, service developers infra. */
  public enum Scope {
    INFRASTRUCTURE,
    EVERYTHING
  }

  public static final List<String> TOPICS =
      List.of(Topics.CALENDARS, Topics.TASKS, Topics.CONTACTS, Topics.GRANTS);

  private final StackSettings settings;
  private final List<ServiceSpec> services;
  private final Deque<Running> running = new ArrayDeque<>();
  private volatile boolean closed;
  /** The thread inside {@link #start}, interrupted by a stop that arrives during start-up. */
  private volatile Thread starting;
  private final CountDownLatch startEnded = new CountDownLatch(1);
  private final AtomicInteger gatewayReplicas = new AtomicInteger();

  private record Running(String name, AutoCloseable part) {}

  public LocalStack(StackSettings settings) {
    this.settings = settings;
    this.services = PartageServices.of(settings);
  }

  /** `LocalStack up` (everything) or `LocalStack infra`; the root is -Dpartage.root or the cwd. */
  public static void main(String[] args) {
    Optional<Scope> scope = scopeOf(args);
    if (scope.isEmpty()) {
      System.err.println("usage: LocalStack up|infra   (see ./partage help)");
      System.exit(2);
    }
    Path root = Path.of(System.getProperty("partage.root", "")).toAbsolutePath();
    LocalStack stack = new LocalStack(StackSettings.defaults(root, System.getenv()));
    StackLogging.toFile(stack.settings.logsDir().resolve("stack.log"));
    // Ctrl-C and SIGTERM both run shutdown hooks: the only way to stop the stack.
    Runtime.getRuntime().addShutdownHook(new Thread(stack::close, "partage-stop"));
    try {
      stack.start(scope.get());
    } catch (StackException e) {
      System.err.println("\npartage: " + e.getMessage());
      System.exit(1);
    } catch (RuntimeException unexpected) {
      unexpected.printStackTrace();
      System.exit(1);
    }
    System.out.println(Banner.text(stack.settings, stack.gatewayUrl()));
    awaitShutdown();
  }

  /** Starts the parts in order, each one ready before the next; stops them all if one fails. */
  public void start(Scope scope) {
    starting = Thread.currentThread();
    try {
      startInOrder(scope == Scope.EVERYTHING ? services : List.of());
    } catch (RuntimeException failed) {
      close();
      throw failed;
    } finally {
      starting = null;
      startEnded.countDown();
    }
  }

  private void startInOrder(List<ServiceSpec> toStart) {
    refuseBusyPorts(toStart);
    track("pid file", () -> PidFile.claim(settings.pidFile()));
    StackPorts ports = settings.ports();

    PostgresServer postgres =
        timed("PostgreSQL", () -> PostgresServer.start(
            settings.postgresDir(), ports.postgres(), settings.logsDir().resolve("postgres.log")));
    services.stream()
        .flatMap(service -> service.database().stream())
        .forEach(postgres::createDatabaseIfMissing);

    KafkaServer kafka =
        timed("Kafka", () -> KafkaServer.start(
            settings.kafkaDir(), ports.kafkaBroker(), ports.kafkaController()));
    kafka.createTopics(TOPICS);

    timed("Keycloak", () -> KeycloakServer.start(
        settings.keycloakDistributions(), settings.keycloakHome(), ports.keycloak(),
        settings.logsDir().resolve("keycloak.log")));

    for (ServiceSpec service : toStart) {
      timed(service.name(), () -> ServiceLauncher.start(service, settings));
    }
  }

  /** The gateway's base URL, once the gateway runs. */
  public Optional<URI> gatewayUrl() {
    synchronized (this) {
      if (running.stream().noneMatch(part -> part.name().equals(PartageServices.GATEWAY))) {
        return Optional.empty();
      }
    }
    return services.stream()
        .filter(service -> service.name().equals(PartageServices.GATEWAY))
        .map(ServiceSpec::baseUrl)
        .findFirst();
  }

  /**
   * Starts one more gateway on a free loopback port, reaching the same services, Kafka and
   * Keycloak, as a second Kubernetes replica does (ARCHITECTURE.md, Scale-out). Each gateway reads
   * every event in Kafka consumer groups of its own, so what one replica changes the other hears.
   * The caller may stop it early; closing the stack stops it otherwise.
   */
  public GatewayReplica startGatewayReplica() {
    if (gatewayUrl().isEmpty()) {
      throw new StackException("A gateway replica joins a running stack: start it with everything first.");
    }
    ServiceSpec gateway =
        services.stream()
            .filter(service -> service.name().equals(PartageServices.GATEWAY))
            .findFirst()
            .orElseThrow();
    ServiceSpec replica =
        gateway.replica(
            PartageServices.GATEWAY + "-replica-" + gatewayReplicas.incrementAndGet(),
            LoopbackPorts.free(1).getFirst());
    ManagedProcess process = timed(replica.name(), () -> ServiceLauncher.start(replica, settings));
    return new GatewayReplica(replica.baseUrl(), process);
  }

  public URI keycloakUrl() {
    return settings.keycloakUrl();
  }

  /**
   * Stops what runs, last started first. Safe to call twice and from a shutdown hook; a stop that
   * arrives during start-up interrupts the part being started, which then stops itself.
   */
  @Override
  public void close() {
    closed = true;
    Thread startingThread = starting;
    if (startingThread != null && startingThread != Thread.currentThread()) {
      startingThread.interrupt();
      awaitStartEnded();
    }
    stopRunning();
  }

  private synchronized void stopRunning() {
    while (!running.isEmpty()) {
      Running part = running.pop();
      if (!(part.part() instanceof PidFile)) {
        System.out.println("partage: stopping " + part.name());
      }
      try {
        part.part().close();
      } catch (Exception e) {
        System.err.println("partage: " + part.name() + " did not stop cleanly: " + e.getMessage());
      }
    }
  }

  private void refuseBusyPorts(List<ServiceSpec> toStart) {
    Map<String, Integer> wanted = new LinkedHashMap<>(settings.ports().infrastructureByOwner());
    toStart.forEach(service -> wanted.put(service.name(), service.port()));
    wanted.forEach((owner, port) -> {
      if (!LoopbackPorts.isFree(port)) {
        throw new StackException(
            "Port " + port + " (" + owner + ") is already in use on 127.0.0.1. Stop whatever "
                + "holds it (ss -ltnp 'sport = :" + port + "') or a stack still running "
                + "(./partage stop).");
      }
    });
  }

  private <T extends AutoCloseable> T timed(String name, Supplier<T> starter) {
    System.out.println("partage: starting " + name + " ...");
    Instant begin = Instant.now();
    T part = track(name, starter);
    long millis = Duration.between(begin, Instant.now()).toMillis();
    System.out.printf("partage: %s ready in %.1f s%n", name, millis / 1000.0);
    return part;
  }

  /** Starts a part and records it for {@link #close()}, unless the stack was stopped meanwhile. */
  private <T extends AutoCloseable> T track(String name, Supplier<T> starter) {
    if (closed) {
      throw new StackException("The stack is stopping; " + name + " was not started.");
    }
    T part = starter.get();
    synchronized (this) {
      running.push(new Running(name, part));
    }
    if (closed) {
      throw new StackException("The stack is stopping; " + name + " is stopped again.");
    }
    return part;
  }

  private void awaitStartEnded() {
    try {
      if (!startEnded.await(2, TimeUnit.MINUTES)) {
        System.err.println("partage: start-up did not end; stopping what runs anyway");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static Optional<Scope> scopeOf(String[] args) {
    if (args.length != 1) {
      return Optional.empty();
    }
    return switch (args[0]) {
      case "up" -> Optional.of(Scope.EVERYTHING);
      case "infra" -> Optional.of(Scope.INFRASTRUCTURE);
      default -> Optional.empty();
    };
  }

  private static void awaitShutdown() {
    try {
      new CountDownLatch(1).await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
