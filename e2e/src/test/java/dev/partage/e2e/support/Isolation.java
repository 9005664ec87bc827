package dev.partage.e2e.support;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.response.Response;
import java.util.List;

/**
 * Tenants and users are isolated: someone outside a collection cannot tell it from one that does
 * not exist (the same 404, byte for byte), whatever they try on it or in it.
 */
public final class Isolation {

  /** What one request got on the collection, and what the same request got on a missing one. */
  private record Answers(Response existing, Response absent) {}

  private Isolation() {}

  /**
   * Checks PROPFIND on the collection, GET, PUT and DELETE of {@code member} in it, and DELETE of
   * the collection, against the same requests on {@code absent}, a collection that does not exist.
   */
  public static void assertCannotTell(Dav intruder, String collection, String absent, String member,
      String contentType, String intrusion, String propfindBody) {
    tryEverything(intruder, collection, absent, member, contentType, intrusion, propfindBody)
        .forEach(answers -> assertSameNotFound(answers.existing(), answers.absent()));
  }

  /**
   * A sharee whose share was revoked: every request on what was their copy, in their own home,
   * gets what it gets on {@code absent}, a collection of their home that never existed, but for the
   * name asked for. In one's own home a PUT into a missing collection is a 409 (RFC 4918 section
   * 9.7.1), everything else a 404.
   */
  public static void assertAnswersAsMissing(Dav sharee, String copy, String absent, String member,
      String contentType, String object, String propfindBody) {
    List<Answers> answers = tryEverything(sharee, copy, absent, member, contentType, object, propfindBody);
    assertThat(answers.getFirst().existing().statusCode()).as("PROPFIND on the revoked copy").isEqualTo(404);
    for (Answers answer : answers) {
      String existing = answer.existing().asString();
      assertThat(answer.existing().statusCode()).as(existing).isEqualTo(answer.absent().statusCode());
      assertThat(existing.replace(segment(copy), segment(absent))).isEqualTo(answer.absent().asString());
    }
  }

  /** A 404 identical to the one for a missing resource: nothing tells that the first exists. */
  public static void assertSameNotFound(Response existing, Response absent) {
    assertThat(existing.statusCode()).as(existing.asString()).isEqualTo(404).isEqualTo(absent.statusCode());
    assertThat(existing.asString()).isEqualTo(absent.asString());
  }

  /** PROPFIND first, then GET, PUT and DELETE of a member, then DELETE of the collection. */
  private static List<Answers> tryEverything(Dav user, String collection, String absent, String member,
      String contentType, String object, String propfindBody) {
    return List.of(
        new Answers(
            user.request().header("Depth", "0").contentType(Dav.XML).body(propfindBody).request("PROPFIND", collection),
            user.request().header("Depth", "0").contentType(Dav.XML).body(propfindBody).request("PROPFIND", absent)),
        new Answers(user.request().get(collection + member), user.request().get(absent + member)),
        new Answers(
            user.request().contentType(contentType).body(object).put(collection + "intrusion-" + member),
            user.request().contentType(contentType).body(object).put(absent + "intrusion-" + member)),
        new Answers(user.request().delete(collection + member), user.request().delete(absent + member)),
        new Answers(user.request().delete(collection), user.request().delete(absent)));
  }

  /** The last segment of a collection path ending in '/': the name the client asked for. */
  private static String segment(String collection) {
    String trimmed = collection.substring(0, collection.length() - 1);
    return trimmed.substring(trimmed.lastIndexOf('/') + 1);
  }
}
