package dev.partage.stack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.FileHandler;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * Sends the log of the in-process parts (Kafka, the embedded PostgreSQL wrapper) to a file, so the
 * console keeps the progress lines and the banner. Kafka logs through SLF4J to the JBoss log
 * manager, which `./partage` installs as the java.util.logging manager.
 */
final class StackLogging {

  private StackLogging() {}

  static void toFile(Path log) {
    try {
      Files.createDirectories(log.getParent());
      Handler file = new FileHandler(log.toString(), true);
      file.setFormatter(new SimpleFormatter());
      Logger root = Logger.getLogger("");
      for (Handler existing : root.getHandlers()) {
        root.removeHandler(existing);
      }
      root.addHandler(file);
      root.setLevel(Level.INFO);
    } catch (IOException e) {
      throw new StackException("Cannot write the stack log " + log, e);
    }
  }
}
