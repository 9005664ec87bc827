package dev.partage.acl.rest;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.partage.contracts.acl.Decision;
import dev.partage.contracts.acl.Grant;
import dev.partage.contracts.acl.Person;
import dev.partage.contracts.acl.ShareRequest;
import dev.partage.contracts.acl.SharedCollection;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.List;
import java.util.UUID;

/**
 * The acl-service API over HTTP, as the test's {@code @TestSecurity} user. Answers are read with
 * the application's ObjectMapper (RestAssured's own knows no {@code Instant}).
 */
final class AclCalls {

  private final ObjectMapper json;

  AclCalls(ObjectMapper json) {
    this.json = json;
  }

  ValidatableResponse share(UUID collection, ShareRequest request) {
    return given().contentType(ContentType.JSON).body(write(request))
        .put("/internal/acl/collections/{id}/grants", collection).then();
  }

  List<Grant> shared(UUID collection, ShareRequest request) {
    return read(share(collection, request).statusCode(200), new TypeReference<>() {});
  }

  List<Grant> grants(UUID collection) {
    return read(given().get("/internal/acl/collections/{id}/grants", collection).then().statusCode(200),
        new TypeReference<>() {});
  }

  ValidatableResponse sharedWith(String user, String... ownNames) {
    return given().contentType(ContentType.JSON).body(List.of(ownNames))
        .post("/internal/acl/principals/{user}/shared", user).then();
  }

  List<SharedCollection> sharedCollections(String user, String... ownNames) {
    return read(sharedWith(user, ownNames).statusCode(200), new TypeReference<>() {});
  }

  ValidatableResponse sharedAmong(String owner, UUID... collections) {
    return given().contentType(ContentType.JSON).body(write(List.of(collections)))
        .post("/internal/acl/principals/{user}/granted", owner).then();
  }

  List<UUID> sharedCollectionIds(String owner, UUID... collections) {
    return read(sharedAmong(owner, collections).statusCode(200), new TypeReference<>() {});
  }

  ValidatableResponse decision(String principal, UUID collection) {
    return given().queryParam("principal", principal).queryParam("collection", collection)
        .get("/internal/acl/decision").then();
  }

  Decision decide(String principal, UUID collection) {
    return read(decision(principal, collection).statusCode(200), new TypeReference<>() {});
  }

  ValidatableResponse directory(String query, String forUser) {
    return given().queryParam("q", query).queryParam("for", forUser).get("/internal/acl/directory").then();
  }

  List<Person> people(String query, String forUser) {
    return read(directory(query, forUser).statusCode(200), new TypeReference<>() {});
  }

  String write(Object body) {
    try {
      return json.writeValueAsString(body);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private <T> T read(ValidatableResponse response, TypeReference<T> type) {
    try {
      return json.readValue(response.extract().asString(), type);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
