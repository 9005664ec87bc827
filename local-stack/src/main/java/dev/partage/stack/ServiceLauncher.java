package dev.partage.stack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Runs a {@link ServiceSpec} as a child JVM and waits for its readiness check. */
final class ServiceLauncher {

  private static final Duration READY_TIMEOUT = Duration.ofMinutes(3);
  private static final String HEAP = "-Xmx256m";

  private ServiceLauncher() {}

  static ManagedProcess start(ServiceSpec service, StackSettings settings) {
    Path jar = settings.repoRoot().resolve(service.jar());
    if (!Files.isRegularFile(jar)) {
      throw new StackException(
          service.name() + " is not built (" + jar + " is missing): run ./partage up --build.");
    }
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add(HEAP);
    service.properties().forEach((name, value) -> command.add("-D" + name + "=" + value));
    command.add("-jar");
    command.add(jar.toString());
    // Run from the data dir, not the checkout: Quarkus reads a stray .env or config/ in its cwd.
    ProcessBuilder builder = new ProcessBuilder(command).directory(settings.dataDir().toFile());

    ManagedProcess process =
        ManagedProcess.start(
            service.name(), builder, settings.logsDir().resolve(service.name() + ".log"));
    process.awaitReady(
        service.readinessUrl() + " says UP",
        READY_TIMEOUT,
        () -> HttpProbe.healthUp(service.readinessUrl()));
    return process;
  }
}
