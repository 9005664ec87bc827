package dev.partage.stack;

import java.net.URI;
import java.util.Optional;

/** What a person needs once the stack is up: where to point a client, who to log in as. */
final class Banner {

  private static final String INDENT = "                  ";

  private Banner() {}

  /** @param gateway empty when only the infrastructure runs */
  static String text(StackSettings settings, Optional<URI> gateway) {
    StringBuilder text = new StringBuilder("\nPartage is up.\n\n");
    if (gateway.isPresent()) {
      URI url = gateway.get();
      line(text, "DAV root", url.resolve("/dav/"));
      line(text, "Well-known", url.resolve("/.well-known/caldav"));
      line(text, "", url.resolve("/.well-known/carddav"));
    } else {
      line(text, "Services", "not started (infra only): run them yourself");
    }
    line(text, "Demo accounts", "password '" + DemoRealm.PASSWORD + "'");
    DemoRealm.USERS.forEach(user -> line(text, "", user));
    line(text, "Keycloak", settings.keycloakUrl() + "/admin/  ("
        + DemoRealm.ADMIN_USERNAME + "/" + DemoRealm.ADMIN_PASSWORD + "), realm '"
        + DemoRealm.REALM + "', client '" + DemoRealm.CLIENT_ID + "'");
    line(text, "PostgreSQL", PostgresServer.jdbcUrl(settings.ports().postgres(), "{database}")
        + "  (" + PostgresServer.USERNAME + "/" + PostgresServer.PASSWORD + ")");
    line(text, "Kafka", settings.kafkaBootstrapServers());
    line(text, "Data", settings.dataDir());
    line(text, "Logs", settings.logsDir());
    text.append(
        "\nCtrl-C (or ./partage stop) stops everything; the data stays for the next start.\n");
    return text.toString();
  }

  private static void line(StringBuilder text, String label, Object value) {
    text.append("  ").append(label).append(INDENT, label.length(), INDENT.length())
        .append(value).append('\n');
  }
}
