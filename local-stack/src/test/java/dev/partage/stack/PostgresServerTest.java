package dev.partage.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PostgresServerTest {

  @TempDir Path dir;

  @Test
  void servicesConnectAsTheApplicationRoleAndFindTheirDataAfterARestart() throws SQLException {
    int port = LoopbackPorts.free(1).getFirst();
    Path data = dir.resolve("postgres");
    Path log = dir.resolve("postgres.log");

    try (PostgresServer postgres = PostgresServer.start(data, port, log)) {
      postgres.createDatabaseIfMissing("calendar");
      postgres.createDatabaseIfMissing("calendar");
      try (Connection connection = connect(postgres.jdbcUrl("calendar"));
          Statement statement = connection.createStatement()) {
        statement.execute("CREATE TABLE kept (name text)");
        statement.execute("INSERT INTO kept VALUES ('survives a restart')");
      }
    }

    try (PostgresServer again = PostgresServer.start(data, port, log);
        Connection connection = connect(again.jdbcUrl("calendar"));
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SELECT name, current_user FROM kept")) {
      assertThat(rows.next()).isTrue();
      assertThat(rows.getString(1)).isEqualTo("survives a restart");
      assertThat(rows.getString(2)).isEqualTo(PostgresServer.USERNAME);
    }
  }

  @Test
  void aDatabaseNameThatWouldNeedQuotingIsRefusedWithTheRule() {
    int port = LoopbackPorts.free(1).getFirst();
    try (PostgresServer postgres =
        PostgresServer.start(dir.resolve("postgres"), port, dir.resolve("postgres.log"))) {
      assertThatThrownBy(() -> postgres.createDatabaseIfMissing("calendar; DROP ROLE partage"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("lower-case letters, digits and '_'");
    }
  }

  private static Connection connect(String jdbcUrl) throws SQLException {
    return DriverManager.getConnection(jdbcUrl, PostgresServer.USERNAME, PostgresServer.PASSWORD);
  }
}
