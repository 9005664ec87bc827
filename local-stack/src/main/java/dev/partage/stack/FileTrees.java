package dev.partage.stack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** Recursive copy and delete, which java.nio.file leaves to its callers. */
public final class FileTrees {

  private FileTrees() {}

  /** Copies {@code source} to {@code target}, keeping permissions (kc.sh must stay executable). */
  public static void copy(Path source, Path target) throws IOException {
    try (Stream<Path> paths = Files.walk(source)) {
      for (Path path : (Iterable<Path>) paths::iterator) {
        Files.copy(
            path, target.resolve(source.relativize(path)), StandardCopyOption.COPY_ATTRIBUTES);
      }
    }
  }

  /** Deletes {@code root} and everything under it; nothing happens if it does not exist. */
  public static void delete(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(root)) {
      List<Path> deepestFirst = paths.sorted(Comparator.reverseOrder()).toList();
      for (Path path : deepestFirst) {
        Files.delete(path);
      }
    }
  }
}
