package dev.partage.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

/**
 * A child program of the stack (Keycloak, a service JVM) with its output in a log file. Stopping
 * it stops everything it started too: kc.sh runs a build JVM and then the server JVM.
 */
public final class ManagedProcess implements AutoCloseable {

  private static final Duration POLL = Duration.ofMillis(500);
  private static final Duration GRACE = Duration.ofSeconds(20);
  private static final int LOG_TAIL_LINES = 40;

  private final String name;
  private final Process process;
  private final Path log;

  private ManagedProcess(String name, Process process, Path log) {
    this.name = name;
    this.process = process;
    this.log = log;
  }

  /** Starts {@code command}, appending its output (stdout and stderr) to {@code log}. */
  public static ManagedProcess start(String name, ProcessBuilder command, Path log) {
    try {
      Files.createDirectories(log.getParent());
      Process process =
          command
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
              .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
              .start();
      return new ManagedProcess(name, process, log);
    } catch (IOException e) {
      throw new StackException("Could not run " + name + " (" + command.command() + ")", e);
    }
  }

  /**
   * Waits until {@code ready} holds. Fails at once if the program exits, and after {@code timeout}
   * otherwise; either way the program is stopped and the end of its log shown, so the person sees
   * why.
   */
  public void awaitReady(String readyWhen, Duration timeout, BooleanSupplier ready) {
    Instant deadline = Instant.now().plus(timeout);
    while (!ready.getAsBoolean()) {
      if (!process.isAlive()) {
        throw new StackException(
            name + " exited with code " + process.exitValue() + " before " + readyWhen + ". "
                + logTail());
      }
      if (Instant.now().isAfter(deadline)) {
        close();
        throw new StackException(
            name + " was not ready (" + readyWhen + ") within " + timeout.toSeconds() + " s. "
                + logTail());
      }
      pause();
    }
  }

  public long pid() {
    return process.pid();
  }

  /** SIGTERM to the program and its descendants, then SIGKILL to whatever is left after a grace. */
  @Override
  public void close() {
    // Taken before the parent dies: orphans are re-parented and no longer show as descendants.
    List<ProcessHandle> tree =
        Stream.concat(Stream.of(process.toHandle()), process.descendants()).toList();
    tree.forEach(ProcessHandle::destroy);
    Instant deadline = Instant.now().plus(GRACE);
    for (ProcessHandle handle : tree) {
      awaitExit(handle, Duration.between(Instant.now(), deadline));
    }
    tree.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
  }

  private String logTail() {
    try {
      List<String> lines = Files.readAllLines(log);
      List<String> tail = lines.subList(Math.max(0, lines.size() - LOG_TAIL_LINES), lines.size());
      return "Last lines of " + log + ":\n  " + String.join("\n  ", tail);
    } catch (IOException | UncheckedIOException e) {
      return "Its log is " + log + ".";
    }
  }

  private static void awaitExit(ProcessHandle handle, Duration timeout) {
    if (timeout.isNegative() || timeout.isZero()) {
      return;
    }
    try {
      handle.onExit().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (ExecutionException | TimeoutException e) {
      // Still running after the grace period: killed by the caller.
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** An interrupt means the stack is being stopped during start-up: this program stops too. */
  private void pause() {
    try {
      Thread.sleep(POLL);
    } catch (InterruptedException e) {
      close();
      Thread.currentThread().interrupt();
      throw new StackException(name + " was stopped while starting", e);
    }
  }
}
