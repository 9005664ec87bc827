package dev.partage.stack;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Keycloak in dev mode ({@code kc.sh start-dev}, H2 database in its home) with the demo realm
 * imported. Its home is a copy of the distribution under the data directory, because kc.sh writes
 * its build and database into its own directory; the copy is made once and kept.
 */
public final class KeycloakServer implements AutoCloseable {

  /** First start re-augments Keycloak (~60 s on 2 cores, PLATFORM.md); later starts take ~20 s. */
  private static final Duration READY_TIMEOUT = Duration.ofMinutes(4);

  private static final String HEAP = "-Xms64m -Xmx512m";

  private final ManagedProcess process;

  private KeycloakServer(ManagedProcess process) {
    this.process = process;
  }

  /**
   * Starts Keycloak on 127.0.0.1:{@code port} and waits for the realm.
   *
   * @param distributions the folder Maven unpacked keycloak-quarkus-dist into
   * @param home where this Keycloak keeps its copy, build and data
   */
  public static KeycloakServer start(Path distributions, Path home, int port, Path log) {
    installOnce(findDistribution(distributions), home);
    copyRealmImport(home);
    ProcessBuilder command =
        new ProcessBuilder(
            home.resolve("bin/kc.sh").toString(),
            "start-dev",
            "--http-host=" + StackSettings.LOOPBACK_HOST,
            "--http-port=" + port,
            "--import-realm");
    Map<String, String> env = command.environment();
    env.put("JAVA_HOME", System.getProperty("java.home"));
    env.put("JAVA_OPTS_KC_HEAP", HEAP);
    env.put("KC_BOOTSTRAP_ADMIN_USERNAME", DemoRealm.ADMIN_USERNAME);
    env.put("KC_BOOTSTRAP_ADMIN_PASSWORD", DemoRealm.ADMIN_PASSWORD);

    ManagedProcess process = ManagedProcess.start("Keycloak", command, log);
    URI discovery =
        DemoRealm.discoveryDocument(
            URI.create("http://" + StackSettings.LOOPBACK_HOST + ":" + port));
    process.awaitReady(
        discovery + " answers", READY_TIMEOUT, () -> HttpProbe.answersOk(discovery));
    return new KeycloakServer(process);
  }

  @Override
  public void close() {
    process.close();
  }

  private static Path findDistribution(Path distributions) {
    try (Stream<Path> children =
        Files.isDirectory(distributions) ? Files.list(distributions) : Stream.empty()) {
      return children
          .filter(child -> child.getFileName().toString().startsWith("keycloak-"))
          .filter(child -> Files.isExecutable(child.resolve("bin/kc.sh")))
          .max(Comparator.naturalOrder())
          .orElseThrow(
              () ->
                  new StackException(
                      "No Keycloak distribution in " + distributions
                          + ": build the local stack first (./partage up --build)."));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Copies to a sibling, then renames: an interrupted copy is never mistaken for a home. */
  private static void installOnce(Path distribution, Path home) {
    if (Files.isExecutable(home.resolve("bin/kc.sh"))) {
      return;
    }
    Path partial = home.resolveSibling(home.getFileName() + ".partial");
    try {
      FileTrees.delete(partial);
      FileTrees.copy(distribution, partial);
      Files.move(partial, home, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new StackException("Could not copy Keycloak from " + distribution + " to " + home, e);
    }
  }

  private static void copyRealmImport(Path home) {
    Path target = home.resolve("data/import/partage-realm.json");
    try (InputStream realm = KeycloakServer.class.getResourceAsStream(DemoRealm.RESOURCE)) {
      if (realm == null) {
        throw new StackException(
            "The demo realm " + DemoRealm.RESOURCE + " is not on the classpath");
      }
      Files.createDirectories(target.getParent());
      // Overwritten each start; Keycloak ignores it once the realm exists (IGNORE_EXISTING).
      Files.copy(realm, target, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new StackException("Could not place the realm import in " + target, e);
    }
  }
}
