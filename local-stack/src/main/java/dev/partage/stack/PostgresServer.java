package dev.partage.stack;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.regex.Pattern;

/**
 * An embedded PostgreSQL 18 (zonky binaries) on 127.0.0.1, keeping its data directory across
 * restarts. Services connect as one application role that owns their databases.
 */
public final class PostgresServer implements AutoCloseable {

  public static final String USERNAME = "partage";
  public static final String PASSWORD = "partage";

  /** Database names become SQL identifiers: plain lower-case names only, nothing to quote. */
  private static final Pattern DATABASE_NAME = Pattern.compile("[a-z][a-z0-9_]{0,62}");

  private final EmbeddedPostgres postgres;

  private PostgresServer(EmbeddedPostgres postgres) {
    this.postgres = postgres;
  }

  /** Starts PostgreSQL, running initdb only when {@code dataDir} holds no cluster yet. */
  public static PostgresServer start(Path dataDir, int port, Path logFile) {
    try {
      Files.createDirectories(dataDir);
      Files.createDirectories(logFile.getParent());
      EmbeddedPostgres postgres =
          EmbeddedPostgres.builder()
              .setDataDirectory(dataDir)
              .setCleanDataDirectory(false)
              .setPort(port)
              .setServerConfig("listen_addresses", StackSettings.LOOPBACK_HOST)
              .setPGStartupWait(Duration.ofSeconds(60))
              .setOutputRedirector(Redirect.appendTo(logFile.toFile()))
              .setErrorRedirector(Redirect.appendTo(logFile.toFile()))
              // The owner (LocalStack, the test resource) stops it, in its own order.
              .setRegisterShutdownHook(false)
              .start();
      PostgresServer server = new PostgresServer(postgres);
      server.ensureApplicationRole();
      return server;
    } catch (IOException e) {
      throw new StackException(
          "PostgreSQL did not start on port " + port + " with data in " + dataDir
              + ": see " + logFile, e);
    }
  }

  /** Creates {@code name}, owned by the application role, unless it exists already. */
  public void createDatabaseIfMissing(String name) {
    if (!DATABASE_NAME.matcher(name).matches()) {
      throw new IllegalArgumentException(
          "Database name '" + name + "' must be lower-case letters, digits and '_', "
              + "starting with a letter.");
    }
    try (Connection connection = postgres.getPostgresDatabase().getConnection()) {
      if (!databaseExists(connection, name)) {
        try (Statement statement = connection.createStatement()) {
          statement.execute("CREATE DATABASE " + name + " OWNER " + USERNAME);
        }
      }
    } catch (SQLException e) {
      throw new StackException("Could not create the PostgreSQL database '" + name + "'", e);
    }
  }

  public String jdbcUrl(String database) {
    return jdbcUrl(port(), database);
  }

  public static String jdbcUrl(int port, String database) {
    return "jdbc:postgresql://" + StackSettings.LOOPBACK_HOST + ":" + port + "/" + database;
  }

  public int port() {
    return postgres.getPort();
  }

  @Override
  public void close() {
    try {
      postgres.close();
    } catch (IOException e) {
      throw new UncheckedIOException("PostgreSQL did not stop cleanly", e);
    }
  }

  private void ensureApplicationRole() {
    // CREATE ROLE has no IF NOT EXISTS; a DO block keeps a restart on existing data idempotent.
    String createRole =
        "DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '" + USERNAME + "') THEN "
            + "CREATE ROLE " + USERNAME + " LOGIN PASSWORD '" + PASSWORD + "'; END IF; END $$";
    try (Connection connection = postgres.getPostgresDatabase().getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute(createRole);
    } catch (SQLException e) {
      throw new StackException("Could not create the PostgreSQL role '" + USERNAME + "'", e);
    }
  }

  private static boolean databaseExists(Connection connection, String name) throws SQLException {
    try (PreparedStatement query =
        connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
      query.setString(1, name);
      try (ResultSet rows = query.executeQuery()) {
        return rows.next();
      }
    }
  }
}
