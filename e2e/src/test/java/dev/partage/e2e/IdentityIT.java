package dev.partage.e2e;

import static dev.partage.e2e.support.Xml.DAV;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.partage.e2e.StackExtension.Stack;
import dev.partage.e2e.support.Dav;
import dev.partage.e2e.support.Ics;
import dev.partage.e2e.support.Isolation;
import dev.partage.e2e.support.Multistatus;
import dev.partage.e2e.support.Xml;
import dev.partage.stack.DemoRealm;
import io.restassured.response.Response;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Who may call the gateway, and what another tenant's user learns about Gilles' calendars. */
@ExtendWith(StackExtension.class)
class IdentityIT {

  private static final String CURRENT_USER_PRINCIPAL =
      "<d:propfind xmlns:d=\"DAV:\"><d:prop><d:current-user-principal/></d:prop></d:propfind>";

  @Test
  void noCredentialsAreChallengedForBasic(Stack stack) {
    Response answer =
        Dav.as(stack, Dav.GILLES).anonymous().header("Depth", "0").request("PROPFIND", "/dav/");

    assertThat(answer.statusCode()).isEqualTo(401);
    // RFC 7617 section 2: clients only send Basic credentials after a Basic challenge.
    assertThat(answer.header("WWW-Authenticate")).startsWith("Basic realm=");
  }

  @Test
  void aWrongPasswordIs401(Stack stack) {
    Response answer =
        Dav.as(stack, Dav.GILLES).anonymous()
            .auth().preemptive().basic(Dav.GILLES, "not-" + DemoRealm.PASSWORD)
            .header("Depth", "0")
            .request("PROPFIND", "/dav/");

    assertThat(answer.statusCode()).isEqualTo(401);
    assertThat(answer.header("WWW-Authenticate")).startsWith("Basic realm=");
  }

  @Test
  void aBearerTokenFromKeycloakIsAccepted(Stack stack) {
    String token =
        given()
            .formParam("grant_type", "password")
            .formParam("client_id", DemoRealm.CLIENT_ID)
            .formParam("client_secret", DemoRealm.CLIENT_SECRET)
            .formParam("username", Dav.GILLES)
            .formParam("password", DemoRealm.PASSWORD)
            .post(DemoRealm.tokenEndpoint(stack.keycloakUrl()))
            .then()
            .statusCode(200)
            .extract()
            .path("access_token");
    Dav gilles = Dav.as(stack, Dav.GILLES);

    String answer =
        gilles.anonymous()
            .header("Authorization", "Bearer " + token)
            .header("Depth", "0")
            .contentType(Dav.XML)
            .body(CURRENT_USER_PRINCIPAL)
            .request("PROPFIND", "/dav/")
            .then()
            .statusCode(207)
            .extract()
            .asString();

    Multistatus.Entry root = Multistatus.parse(answer).entry("/dav/");
    assertThat(Xml.hrefs(root.ok(DAV, "current-user-principal"))).containsExactly(gilles.principal());
  }

  @Test
  void anotherTenantCannotTellGillesCalendarFromOneThatDoesNotExist(Stack stack) {
    Dav gilles = Dav.as(stack, Dav.GILLES);
    String calendar = gilles.newCalendar("private");
    String object = calendar + "secret.ics";
    gilles.create(object, Ics.singleEvent("secret", "20261110T100000Z", "20261110T110000Z", "Secret"));
    String absentCalendar = gilles.home() + "absent-" + UUID.randomUUID() + "/";

    Isolation.assertCannotTell(Dav.as(stack, Dav.EVE), calendar, absentCalendar, "secret.ics", Dav.ICALENDAR,
        Ics.singleEvent("intrusion", "20261110T120000Z", "20261110T130000Z", "Eve"), CURRENT_USER_PRINCIPAL);

    gilles.request().get(calendar + "intrusion-secret.ics").then().statusCode(404);
    gilles.request().get(object).then().statusCode(200);
  }
}
