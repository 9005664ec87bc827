package dev.partage.stack.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PostgresKafkaResourceTest {

  @Test
  void eachTestClassGetsItsDatabaseOnServersSharedByAll() throws SQLException {
    Map<String, String> calendar = started("calendar");
    Map<String, String> contacts = started("contacts");

    assertThat(calendar.get("kafka.bootstrap.servers"))
        .isEqualTo(contacts.get("kafka.bootstrap.servers"))
        .startsWith("127.0.0.1:");
    assertThat(calendar.get("quarkus.datasource.jdbc.url")).endsWith("/calendar");
    assertThat(contacts.get("quarkus.datasource.jdbc.url")).endsWith("/contacts");
    assertThat(currentDatabase(contacts)).isEqualTo("contacts");
  }

  private static Map<String, String> started(String database) {
    PostgresKafkaResource resource = new PostgresKafkaResource();
    resource.init(Map.of(PostgresKafkaResource.DATABASE, database));
    return resource.start();
  }

  private static String currentDatabase(Map<String, String> config) throws SQLException {
    try (Connection connection =
            DriverManager.getConnection(
                config.get("quarkus.datasource.jdbc.url"),
                config.get("quarkus.datasource.username"),
                config.get("quarkus.datasource.password"));
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SELECT current_database()")) {
      rows.next();
      return rows.getString(1);
    }
  }
}
