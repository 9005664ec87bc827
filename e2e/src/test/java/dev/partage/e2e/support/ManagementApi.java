package dev.partage.e2e.support;

import static io.restassured.RestAssured.given;

import dev.partage.e2e.StackExtension.Stack;
import dev.partage.stack.DemoRealm;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;

/** The webmail's side of the gateway: the JSON management API, as one demo user (Basic credentials). */
public record ManagementApi(Stack stack, String user) {

  public static final String COLLECTIONS = "/api/v1/collections";

  public static ManagementApi as(Stack stack, String user) {
    return new ManagementApi(stack, user);
  }

  public RequestSpecification request() {
    return given()
        .baseUri(stack.gatewayUrl().toString())
        .urlEncodingEnabled(false)
        .auth().preemptive().basic(user, DemoRealm.PASSWORD)
        .contentType(ContentType.JSON)
        .accept(ContentType.JSON);
  }

  /** POSTs a new collection; fails unless it is created. */
  public JsonPath create(Map<String, ?> body) {
    return request().body(body).post(COLLECTIONS).then().statusCode(201).extract().jsonPath();
  }

  /** Every collection the user sees, own and shared. */
  public List<Map<String, Object>> collections() {
    return request().get(COLLECTIONS).then().statusCode(200).extract().jsonPath().getList("$");
  }

  public Response share(String kind, String name, Map<String, ?> body) {
    return request().body(body).put(shares(kind, name));
  }

  public String shares(String kind, String name) {
    return COLLECTIONS + "/" + kind + "/" + name + "/shares";
  }
}
