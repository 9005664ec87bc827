package dev.partage.e2e.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.restassured.response.Response;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.w3c.dom.Element;

/** Sharing requests and look-ups in a sharee's home, for the Sharing*IT classes. */
public final class Sharing {

  public static final String DAVSHARING = "application/davsharing+xml; charset=utf-8";

  /** Collection properties a sharee's client reads from its home (Depth 1). */
  public static final String HOME_PROPERTIES =
      """
      <d:propfind xmlns:d="DAV:" xmlns:i="http://apple.com/ns/ical/">
        <d:prop><d:displayname/><d:resourcetype/><d:owner/><d:current-user-privilege-set/>
          <i:calendar-color/></d:prop>
      </d:propfind>""";

  private Sharing() {}

  /** POST CS:share (CalendarServer sharing) giving each address its role, read or read-write. */
  public static Response csShare(Dav owner, String collection, String set) {
    return owner
        .request()
        .contentType(Dav.XML)
        .body(
            """
            <CS:share xmlns:D="DAV:" xmlns:CS="http://calendarserver.org/ns/">%s</CS:share>"""
                .formatted(set))
        .post(collection);
  }

  /** One CS:set entry. */
  public static String csSet(String address, Access access) {
    return "<CS:set><D:href>mailto:%s</D:href>%s</CS:set>".formatted(address, access.csElement());
  }

  /** One CS:remove entry. */
  public static String csRemove(String address) {
    return "<CS:remove><D:href>mailto:%s</D:href></CS:remove>".formatted(address);
  }

  /** POST DAV:share-resource (draft-pot-webdav-resource-sharing) with one access per sharee. */
  public static Response shareResource(Dav owner, String collection, String... shareeAccess) {
    StringBuilder sharees = new StringBuilder();
    for (int i = 0; i < shareeAccess.length; i += 2) {
      sharees.append(
          "<D:sharee><D:href>mailto:%s</D:href><D:share-access><D:%s/></D:share-access></D:sharee>"
              .formatted(shareeAccess[i], shareeAccess[i + 1]));
    }
    return owner
        .request()
        .contentType(DAVSHARING)
        .body("<D:share-resource xmlns:D=\"DAV:\">" + sharees + "</D:share-resource>")
        .post(collection);
  }

  /**
   * The entry of {@code home}'s Depth 1 listing whose display name starts with {@code ownersName}:
   * a sharee's view of the owner's collection is "Name (Owner)".
   */
  public static Optional<Multistatus.Entry> findShared(Dav sharee, String home, String ownersName) {
    return sharee.propfind(home, "1", HOME_PROPERTIES).entries().values().stream()
        .filter(entry -> entry.properties().containsKey(Xml.name(Xml.DAV, "displayname")))
        .filter(entry -> entry.property(Xml.DAV, "displayname").status() == 200)
        .filter(entry -> entry.okText(Xml.DAV, "displayname").startsWith(ownersName + " ("))
        .findFirst();
  }

  /** The privileges of DAV:current-user-privilege-set, by local name. */
  public static List<String> privileges(Multistatus.Entry entry) {
    Element set = entry.ok(Xml.DAV, "current-user-privilege-set");
    return Xml.children(set, Xml.DAV, "privilege").stream()
        .map(privilege -> Xml.children(privilege).getFirst().getLocalName())
        .toList();
  }

  /** The resource types of DAV:resourcetype, by Clark name. */
  public static List<String> resourceTypes(Multistatus.Entry entry) {
    return Xml.children(entry.ok(Xml.DAV, "resourcetype")).stream().map(Xml::name).toList();
  }

  /**
   * PROPPATCH of Apple's calendar-color, what Apple Calendar, Thunderbird and DAVx5 send when a
   * user recolours a collection; fails unless the property is set (207 with a 200 propstat).
   */
  public static void recolour(Dav user, String collection, String colour) {
    String answer =
        user.request()
            .contentType(Dav.XML)
            .body(
                """
                <d:propertyupdate xmlns:d="DAV:" xmlns:i="http://apple.com/ns/ical/">
                  <d:set><d:prop><i:calendar-color>%s</i:calendar-color></d:prop></d:set>
                </d:propertyupdate>"""
                    .formatted(colour))
            .request("PROPPATCH", collection)
            .then()
            .statusCode(207)
            .extract()
            .asString();
    assertThat(Multistatus.parse(answer).entry(collection).property(Xml.APPLE_ICAL, "calendar-color").status())
        .as(answer)
        .isEqualTo(200);
  }

  /** The collection's colour as {@code user} sees it. */
  public static String colour(Dav user, String collection) {
    return user.propfind(collection, "0", HOME_PROPERTIES)
        .entry(collection)
        .okText(Xml.APPLE_ICAL, "calendar-color");
  }

  /**
   * Waits until {@code user}'s PROPFIND on {@code copy} answers 404, polling every 100 ms for up to
   * 5 s: a revocation or a deletion reaches every gateway's caches through Kafka within about a
   * second (issue 5). A bounded wait, not a timed assertion.
   */
  public static void awaitNotFound(Dav user, String copy) {
    await()
        .atMost(Duration.ofSeconds(5))
        .pollInterval(Duration.ofMillis(100))
        .untilAsserted(
            () -> user.request().header("Depth", "0").contentType(Dav.XML).body(HOME_PROPERTIES)
                .request("PROPFIND", copy).then().statusCode(404));
  }

  public static void assertOk(Response response) {
    assertThat(response.statusCode()).as(response.asString()).isEqualTo(200);
  }
}
