package dev.partage.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.partage.e2e.StackExtension.Stack;
import dev.partage.e2e.support.Dav;
import dev.partage.e2e.support.ManagementApi;
import dev.partage.e2e.support.Sharing;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The webmail's JSON management API through the real stack: collections created, shared, listed
 * and revoked, and every refusal a JSON error with a stable code and a sentence.
 */
@ExtendWith(StackExtension.class)
class ManagementApiIT {

  @Test
  void gillesCreatesSharesListsAndRevokes(Stack stack) {
    ManagementApi gilles = ManagementApi.as(stack, Dav.GILLES);
    String run = UUID.randomUUID().toString().substring(0, 8);

    JsonPath calendar = gilles.create(Map.of("kind", "calendar", "displayName", "Réunions " + run,
        "color", "#1e88e5", "description", "Weekly"));
    String calendarName = calendar.getString("name");
    assertThat(calendarName).isEqualTo("reunions-" + run);
    assertThat(calendar.getString("kind")).isEqualTo("calendar");
    assertThat(calendar.getString("color")).isEqualTo("#1E88E5");
    assertThat(calendar.getBoolean("mine")).isTrue();
    assertThat(calendar.getString("role")).isEqualTo("manage");
    String davUrl = calendar.getString("davUrl");
    assertThat(davUrl).endsWith("/dav/calendars/" + Dav.GILLES + "/" + calendarName + "/");
    assertThat(calendar.getString("subscriptionUrl")).isEqualTo(davUrl);

    JsonPath tasks = gilles.create(Map.of("kind", "tasks", "name", "todo-" + run, "displayName", "To do"));
    assertThat(tasks.getString("kind")).isEqualTo("tasks");
    assertThat(tasks.getString("subscriptionUrl")).endsWith("/dav/calendars/" + Dav.GILLES + "/todo-" + run + "/");
    JsonPath book = gilles.create(Map.of("kind", "addressbook", "displayName", "Clients " + run));
    String bookName = book.getString("name");
    assertThat(book.getString("davUrl")).endsWith("/dav/addressbooks/" + Dav.GILLES + "/" + bookName + "/");
    assertThat(book.getString("subscriptionUrl")).isNull();

    // the task list really is a VTODO-only calendar for DAV clients
    String componentSet = Dav.as(stack, Dav.GILLES).request().header("Depth", "0").contentType(Dav.XML)
        .body("<d:propfind xmlns:d=\"DAV:\" xmlns:c=\"urn:ietf:params:xml:ns:caldav\"><d:prop>"
            + "<c:supported-calendar-component-set/></d:prop></d:propfind>")
        .request("PROPFIND", "/dav/calendars/" + Dav.GILLES + "/todo-" + run + "/")
        .then().statusCode(207).extract().asString();
    assertThat(componentSet).contains("VTODO").doesNotContain("VEVENT");

    List<Map<String, Object>> quick = gilles.share("calendar", calendarName,
            Map.of("addresses", List.of(Dav.ALEXANDRE, Dav.DAVID), "role", "read-write"))
        .then().statusCode(200).extract().jsonPath().getList("$");
    assertThat(quick).extracting(share -> share.get("grantee")).containsExactly(Dav.ALEXANDRE, Dav.DAVID);
    assertThat(quick).allSatisfy(share -> {
      assertThat(share.get("type")).isEqualTo("user");
      assertThat(share.get("role")).isEqualTo("read-write");
    });

    List<Map<String, Object>> advanced = gilles.share("addressbook", bookName, Map.of("sharees", List.of(
            Map.of("address", Dav.CLAIRE, "role", "read"),
            Map.of("address", Dav.ALEXANDRE, "rights", List.of("create", "modify")))))
        .then().statusCode(200).extract().jsonPath().getList("$");
    assertThat(advanced).extracting(share -> share.get("grantee")).containsExactly(Dav.ALEXANDRE, Dav.CLAIRE);
    assertThat(advanced.get(0).get("role")).isNull();
    assertThat(advanced.get(0).get("rights")).asInstanceOf(InstanceOfAssertFactories.LIST)
        .containsExactly("freebusy", "read", "create", "modify");
    assertThat(advanced.get(1).get("role")).isEqualTo("read");

    gilles.request().delete(gilles.shares("calendar", calendarName) + "/user/" + Dav.DAVID).then().statusCode(204);
    List<Object> left = gilles.request().get(gilles.shares("calendar", calendarName))
        .then().statusCode(200).extract().jsonPath().getList("grantee");
    assertThat(left).containsExactly(Dav.ALEXANDRE);

    Map<String, Object> seenByAlexandre = ManagementApi.as(stack, Dav.ALEXANDRE).collections().stream()
        .filter(collection -> calendar.getString("id").equals(collection.get("id")))
        .findFirst().orElseThrow();
    assertThat(seenByAlexandre.get("mine")).isEqualTo(false);
    assertThat(seenByAlexandre.get("owner")).isEqualTo(Dav.GILLES);
    assertThat(seenByAlexandre.get("role")).isEqualTo("read-write");
    assertThat(seenByAlexandre.get("description")).isEqualTo("Weekly");
    assertThat((String) seenByAlexandre.get("davUrl"))
        .contains("/dav/calendars/" + Dav.ALEXANDRE + "/" + seenByAlexandre.get("name") + "/");
    assertThat(seenByAlexandre.get("subscriptionUrl")).isEqualTo(seenByAlexandre.get("davUrl"));
    assertThat(ManagementApi.as(stack, Dav.DAVID).collections())
        .noneMatch(collection -> calendar.getString("id").equals(collection.get("id")));
  }

  @Test
  void sharingWithAnIsolatedOrUnhostedAddressIsRefusedWithItsSentence(Stack stack) {
    ManagementApi gilles = ManagementApi.as(stack, Dav.GILLES);
    String name = gilles.create(Map.of("kind", "calendar", "displayName", "Private " + UUID.randomUUID()))
        .getString("name");

    refused(gilles.share("calendar", name, Map.of("addresses", List.of(Dav.EVE), "role", "read")),
        403, "policy-refused", "sharing policies of namebay.example and isolated.example do not allow");
    refused(gilles.share("calendar", name, Map.of("addresses", List.of("someone@elsewhere.example"), "role", "read")),
        403, "not-hosted", "someone@elsewhere.example is not hosted on this platform");
    assertThat(gilles.request().get(gilles.shares("calendar", name)).then().statusCode(200)
        .extract().jsonPath().getList("$")).isEmpty();
  }

  @Test
  void aRenamedAndRecolouredCollectionIsListedSoAndADeletedOneIsGone(Stack stack) {
    ManagementApi gilles = ManagementApi.as(stack, Dav.GILLES);
    String name = gilles.create(Map.of("kind", "calendar", "displayName", "Old " + UUID.randomUUID()))
        .getString("name");
    String url = ManagementApi.COLLECTIONS + "/calendar/" + name;

    JsonPath patched = gilles.request().body(Map.of("displayName", "New", "color", "#E53935"))
        .patch(url).then().statusCode(200).extract().jsonPath();
    assertThat(patched.getString("displayName")).isEqualTo("New");
    assertThat(patched.getString("color")).isEqualTo("#E53935");
    assertThat(gilles.collections()).anySatisfy(collection -> {
      assertThat(collection.get("name")).isEqualTo(name);
      assertThat(collection.get("displayName")).isEqualTo("New");
    });

    gilles.request().delete(url).then().statusCode(204);
    assertThat(gilles.collections()).noneMatch(collection -> name.equals(collection.get("name")));
    refused(gilles.request().delete(url), 404, "not-found", "that you may manage");
  }

  @Test
  void badRequestsAreJsonErrorsWithAStableCode(Stack stack) {
    ManagementApi gilles = ManagementApi.as(stack, Dav.GILLES);
    String name = "taken-" + UUID.randomUUID().toString().substring(0, 8);
    gilles.create(Map.of("kind", "calendar", "name", name, "displayName", "Taken"));

    refused(gilles.request().body(Map.of("kind", "calendar", "name", name, "displayName", "Again"))
        .post(ManagementApi.COLLECTIONS), 409, "name-taken", "already have a collection named '" + name + "'");
    refused(gilles.request().body(Map.of("kind", "journal", "displayName", "Diary"))
        .post(ManagementApi.COLLECTIONS), 400, "invalid-request", "not valid");
    refused(gilles.request().body(Map.of("displayName", "x")).patch(ManagementApi.COLLECTIONS + "/journal/" + name),
        400, "invalid-request", "'journal' is not a kind of collection; use calendar, tasks, addressbook.");
    refused(gilles.request().body(Map.of("kind", "calendar", "displayName", "Red", "color", "red"))
        .post(ManagementApi.COLLECTIONS), 400, "invalid-request", "#RRGGBB or #RRGGBBAA");
    refused(gilles.request().body("{not json").post(ManagementApi.COLLECTIONS), 400, "invalid-request", "not valid JSON");
    refused(gilles.request().get("/api/v1/nothing-here"), 404, "not-found", "no such API path");
  }

  @Test
  void aShareeWithoutManageChangesOnlyTheirOwnViewAndCannotSeeTheShares(Stack stack) {
    ManagementApi gilles = ManagementApi.as(stack, Dav.GILLES);
    ManagementApi alexandre = ManagementApi.as(stack, Dav.ALEXANDRE);
    String displayName = "Read only " + UUID.randomUUID();
    JsonPath calendar = gilles.create(Map.of("kind", "calendar", "displayName", displayName, "color", "#1E88E5"));
    gilles.share("calendar", calendar.getString("name"), Map.of("addresses", List.of(Dav.ALEXANDRE), "role", "read"))
        .then().statusCode(200);
    String alexandresName = (String) alexandre.collections().stream()
        .filter(collection -> calendar.getString("id").equals(collection.get("id")))
        .findFirst().orElseThrow().get("name");
    String alexandresCalendar = ManagementApi.COLLECTIONS + "/calendar/" + alexandresName;

    JsonPath mine = alexandre.request().body(Map.of("displayName", "Mine now", "color", "#43A047"))
        .patch(alexandresCalendar).then().statusCode(200).extract().jsonPath();
    assertThat(mine.getString("displayName")).isEqualTo("Mine now");
    assertThat(mine.getString("color")).isEqualTo("#43A047");
    assertThat(viewOf(alexandre, calendar.getString("id"))).containsEntry("displayName", "Mine now")
        .containsEntry("color", "#43A047");
    assertThat(viewOf(gilles, calendar.getString("id"))).containsEntry("displayName", displayName)
        .containsEntry("color", "#1E88E5");

    refused(alexandre.request().body(Map.of("description", "Mine")).patch(alexandresCalendar),
        403, "forbidden", "its owner's");
    Response missing = alexandre.request().body(Map.of("displayName", "Mine now"))
        .patch(ManagementApi.COLLECTIONS + "/calendar/no-such-" + UUID.randomUUID());
    assertThat(missing.statusCode()).isEqualTo(404);
    refused(alexandre.request().get(alexandre.shares("calendar", alexandresName)), 404, "not-found", "manage");
    refused(alexandre.request().delete(alexandresCalendar), 404, "not-found", "manage");
  }

  private static Map<String, Object> viewOf(ManagementApi user, String id) {
    return user.collections().stream().filter(collection -> id.equals(collection.get("id"))).findFirst().orElseThrow();
  }

  /**
   * The gateway that made a change drops what it had cached at once, without waiting for the grant
   * event: Alexandre's home, read (and cached) just before, shows the share and then its revocation
   * on the very next request.
   */
  @Test
  void aShareOrRevocationThroughTheApiIsInTheShareesDavHomeAtOnce(Stack stack) {
    ManagementApi gilles = ManagementApi.as(stack, Dav.GILLES);
    Dav alexandre = Dav.as(stack, Dav.ALEXANDRE);
    String displayName = "Tout de suite " + UUID.randomUUID();
    String name = gilles.create(Map.of("kind", "calendar", "displayName", displayName)).getString("name");
    assertThat(Sharing.findShared(alexandre, alexandre.home(), displayName)).isEmpty();

    gilles.share("calendar", name, Map.of("addresses", List.of(Dav.ALEXANDRE), "role", "read"))
        .then().statusCode(200);
    assertThat(Sharing.findShared(alexandre, alexandre.home(), displayName)).isPresent();

    gilles.request().delete(gilles.shares("calendar", name) + "/user/" + Dav.ALEXANDRE).then().statusCode(204);
    assertThat(Sharing.findShared(alexandre, alexandre.home(), displayName)).isEmpty();
  }

  @Test
  void theDirectoryNeverListsSomeoneAPolicyHides(Stack stack) {
    ManagementApi gilles = ManagementApi.as(stack, Dav.GILLES);

    List<Object> alex = gilles.request().queryParam("q", "alex").get("/api/v1/directory")
        .then().statusCode(200).extract().jsonPath().getList("address");
    assertThat(alex).contains(Dav.ALEXANDRE);
    List<Object> eve = gilles.request().queryParam("q", "eve").get("/api/v1/directory")
        .then().statusCode(200).extract().jsonPath().getList("address");
    assertThat(eve).doesNotContain(Dav.EVE);
  }

  @Test
  void theApiNeedsCredentials(Stack stack) {
    RestAssured.given().baseUri(stack.gatewayUrl().toString()).get(ManagementApi.COLLECTIONS)
        .then().statusCode(401);
  }

  @Test
  void theOpenApiDocumentDescribesEveryPath(Stack stack) {
    String document = RestAssured.given().baseUri(stack.gatewayUrl().toString()).accept("application/json")
        .get("/q/openapi").then().statusCode(200).extract().asString();

    assertThat(document).contains(
        "\"/api/v1/collections\"",
        "\"/api/v1/collections/{kind}/{name}\"",
        "\"/api/v1/collections/{kind}/{name}/shares\"",
        "\"/api/v1/collections/{kind}/{name}/shares/{type}/{grantee}\"",
        "\"/api/v1/directory\"",
        "\"Collection\"", "\"ShareRequest\"", "\"Error\"");
    assertThat(document).doesNotContain("/dav/", "/internal/");
  }

  private static void refused(Response response, int status, String code, String sentence) {
    assertThat(response.statusCode()).isEqualTo(status);
    assertThat(response.contentType()).startsWith("application/json");
    JsonPath error = response.jsonPath();
    assertThat(error.getInt("status")).isEqualTo(status);
    assertThat(error.getString("error")).isEqualTo(code);
    assertThat(error.getString("message")).contains(sentence);
  }
}
