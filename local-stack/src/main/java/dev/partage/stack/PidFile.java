package dev.partage.stack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** {@code partage.pid}: one running stack per data directory, and what `./partage stop` signals. */
final class PidFile implements AutoCloseable {

  private final Path path;
  private final long pid = ProcessHandle.current().pid();

  private PidFile(Path path) {
    this.path = path;
  }

  static PidFile claim(Path path) {
    Optional<Long> running = readPid(path).filter(other -> ProcessHandle.of(other)
        .map(ProcessHandle::isAlive).orElse(false));
    if (running.isPresent()) {
      throw new StackException(
          "A stack already runs on " + path.getParent() + " (pid " + running.get()
              + "): stop it with ./partage stop, or use it as it is.");
    }
    PidFile file = new PidFile(path);
    try {
      Files.createDirectories(path.getParent());
      Files.writeString(path, file.pid + "\n");
    } catch (IOException e) {
      throw new StackException("Cannot write " + path, e);
    }
    return file;
  }

  @Override
  public void close() {
    if (readPid(path).filter(owner -> owner == pid).isPresent()) {
      try {
        Files.deleteIfExists(path);
      } catch (IOException ignored) {
        // A stale file is detected as such by the next claim.
      }
    }
  }

  private static Optional<Long> readPid(Path path) {
    try {
      return Optional.of(Long.parseLong(Files.readString(path).trim()));
    } catch (IOException | NumberFormatException missingOrGarbled) {
      return Optional.empty();
    }
  }
}
