package dev.partage.stack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The realm export and {@link DemoRealm} describe the same realm, as the brief specifies it. */
class DemoRealmTest {

  private static JsonNode realm;

  @BeforeAll
  static void readRealm() throws IOException {
    try (InputStream json = DemoRealm.class.getResourceAsStream(DemoRealm.RESOURCE)) {
      realm = new ObjectMapper().readTree(json);
    }
  }

  @Test
  void realmSettingsSuitALoopbackStackBehindAThrottlingGateway() {
    assertThat(realm.path("realm").asText()).isEqualTo(DemoRealm.REALM);
    assertThat(realm.path("enabled").asBoolean()).isTrue();
    assertThat(realm.path("sslRequired").asText()).isEqualTo("none");
    assertThat(realm.path("bruteForceProtected").asBoolean()).isFalse();
    assertThat(realm.path("accessTokenLifespan").asInt()).isEqualTo(300);
  }

  @Test
  void everyDemoUserLogsInWithTheDemoPasswordAndAVerifiedAddress() {
    List<JsonNode> people = users().stream().filter(user -> !user.has("serviceAccountClientId"))
        .toList();

    assertThat(people).extracting(user -> user.path("username").asText())
        .containsExactlyElementsOf(DemoRealm.USERS);
    for (JsonNode user : people) {
      assertThat(user.path("email").asText()).isEqualTo(user.path("username").asText());
      assertThat(user.path("emailVerified").asBoolean()).isTrue();
      assertThat(user.path("enabled").asBoolean()).isTrue();
      assertThat(user.path("firstName").asText()).isNotBlank();
      assertThat(user.path("lastName").asText()).isNotBlank();
      JsonNode password = user.path("credentials").path(0);
      assertThat(password.path("type").asText()).isEqualTo("password");
      assertThat(password.path("value").asText()).isEqualTo(DemoRealm.PASSWORD);
      assertThat(password.path("temporary").asBoolean()).isFalse();
    }
  }

  @Test
  void theDavClientIsConfidentialForPasswordGrantsOnly() {
    JsonNode client = realm.path("clients").path(0);

    assertThat(client.path("clientId").asText()).isEqualTo(DemoRealm.CLIENT_ID);
    assertThat(client.path("publicClient").asBoolean()).isFalse();
    assertThat(client.path("secret").asText()).isEqualTo(DemoRealm.CLIENT_SECRET);
    assertThat(client.path("directAccessGrantsEnabled").asBoolean()).isTrue();
    assertThat(client.path("standardFlowEnabled").asBoolean()).isFalse();
    assertThat(client.path("serviceAccountsEnabled").asBoolean()).isTrue();
  }

  @Test
  void accessTokensNameTheDavClientAsTheirAudience() {
    JsonNode mapper = realm.path("clients").path(0).path("protocolMappers").path(0);

    assertThat(mapper.path("protocolMapper").asText()).isEqualTo("oidc-audience-mapper");
    assertThat(mapper.path("config").path("included.client.audience").asText())
        .isEqualTo(DemoRealm.CLIENT_ID);
    assertThat(mapper.path("config").path("access.token.claim").asText()).isEqualTo("true");
  }

  @Test
  void theServiceAccountMayLookUpUsersAndGroupsButNotChangeThem() {
    JsonNode serviceAccount = users().stream()
        .filter(user -> DemoRealm.CLIENT_ID.equals(user.path("serviceAccountClientId").asText()))
        .findFirst()
        .orElseThrow();

    assertThat(serviceAccount.path("clientRoles").path("realm-management"))
        .extracting(JsonNode::asText)
        .containsExactlyInAnyOrder("view-users", "query-users", "query-groups");
  }

  @Test
  void theTeamGroupHoldsItsMembersOnly() {
    assertThat(realm.path("groups")).extracting(group -> group.path("name").asText())
        .containsExactly(DemoRealm.TEAM_GROUP);
    List<String> members = users().stream()
        .filter(user -> StreamSupport.stream(user.path("groups").spliterator(), false)
            .anyMatch(group -> group.asText().equals("/" + DemoRealm.TEAM_GROUP)))
        .map(user -> user.path("username").asText())
        .toList();

    assertThat(members).containsExactlyInAnyOrderElementsOf(DemoRealm.TEAM_MEMBERS);
  }

  private static List<JsonNode> users() {
    return StreamSupport.stream(realm.path("users").spliterator(), false).toList();
  }
}
