package dev.partage.e2e;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import dev.partage.e2e.StackExtension.Stack;
import dev.partage.stack.DemoRealm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The stack as `./partage up` starts it really runs: identity, gateway, DAV. */
@ExtendWith(StackExtension.class)
class StackStartsIT {

  private static final String USER = "gilles.buisson@namebay.example";

  @Test
  void keycloakIssuesATokenForADemoUserThroughTheDavClient(Stack stack) {
    given()
        .formParam("grant_type", "password")
        .formParam("client_id", DemoRealm.CLIENT_ID)
        .formParam("client_secret", DemoRealm.CLIENT_SECRET)
        .formParam("username", USER)
        .formParam("password", DemoRealm.PASSWORD)
        .when()
        .post(DemoRealm.tokenEndpoint(stack.keycloakUrl()))
        .then()
        .statusCode(200)
        .body("access_token", not(emptyOrNullString()))
        .body("expires_in", equalTo(300));
  }

  @Test
  void theGatewayIsReady(Stack stack) {
    given()
        .when()
        .get(stack.gatewayUrl().resolve("/q/health/ready"))
        .then()
        .statusCode(200)
        .body("status", equalTo("UP"));
  }

  @Test
  void aDavClientWithBasicCredentialsGetsAMultiStatus(Stack stack) {
    given()
        .auth().preemptive().basic(USER, DemoRealm.PASSWORD)
        .header("Depth", "0")
        .when()
        .request("PROPFIND", stack.gatewayUrl().resolve("/dav/"))
        .then()
        .statusCode(207);
  }
}
