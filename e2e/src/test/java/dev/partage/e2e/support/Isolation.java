package dev.partage.e2e.support;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.response.Response;

/**
 * Tenants and users are isolated: someone outside a collection cannot tell it from one that does
 * not exist (the same 404, byte for byte), whatever they try on it or in it.
 */
public final class Isolation {

  private Isolation() {}

  /**
   * Checks PROPFIND on the collection, GET, PUT and DELETE of {@code member} in it, and DELETE of
   * the collection, against the same requests on {@code absent}, a collection that does not exist.
   */
  public static void assertCannotTell(Dav intruder, String collection, String absent, String member,
      String contentType, String intrusion, String propfindBody) {
    assertSameNotFound(
        intruder.request().header("Depth", "0").contentType(Dav.XML).body(propfindBody).request("PROPFIND", collection),
        intruder.request().header("Depth", "0").contentType(Dav.XML).body(propfindBody).request("PROPFIND", absent));
    assertSameNotFound(intruder.request().get(collection + member), intruder.request().get(absent + member));
    assertSameNotFound(
        intruder.request().contentType(contentType).body(intrusion).put(collection + "intrusion-" + member),
        intruder.request().contentType(contentType).body(intrusion).put(absent + "intrusion-" + member));
    assertSameNotFound(intruder.request().delete(collection + member), intruder.request().delete(absent + member));
    assertSameNotFound(intruder.request().delete(collection), intruder.request().delete(absent));
  }

  /** A 404 identical to the one for a missing resource: nothing tells that the first exists. */
  public static void assertSameNotFound(Response existing, Response absent) {
    assertThat(existing.statusCode()).isEqualTo(404).isEqualTo(absent.statusCode());
    assertThat(existing.asString()).isEqualTo(absent.asString());
  }
}
