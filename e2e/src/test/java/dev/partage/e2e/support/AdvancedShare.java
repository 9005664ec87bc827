package dev.partage.e2e.support;

import static org.awaitility.Awaitility.await;

import dev.partage.e2e.StackExtension.Stack;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Advanced shares (individual rights per collaborator) made through the JSON management API, as the
 * webmail makes them, and the sharee's copy found in their home once the grant event has reached
 * the gateway.
 */
public final class AdvancedShare {

  private AdvancedShare() {}

  /**
   * A fresh calendar of {@code owner} with this display name, by which the sharee's copy, "Name
   * (Owner)", is found in their home.
   */
  public static String newCalendarNamed(Dav owner, String displayName) {
    return owner.newCalendar(
        "shared",
        """
        <c:mkcalendar xmlns:d="DAV:" xmlns:c="urn:ietf:params:xml:ns:caldav">
          <d:set><d:prop><d:displayname>%s</d:displayname></d:prop></d:set>
        </c:mkcalendar>"""
            .formatted(displayName));
  }

  /**
   * Gives {@code sharee} exactly {@code rights} (the API's names: freebusy, read, create, modify,
   * delete, manage) on the owner's calendar at {@code calendarPath}, and returns the path of the
   * sharee's copy in their calendar home.
   */
  public static String calendar(
      Stack stack,
      Dav owner,
      String calendarPath,
      String displayName,
      Dav sharee,
      String... rights) {
    ManagementApi.as(stack, owner.user())
        .share(
            "calendar",
            lastSegment(calendarPath),
            Map.of("sharees", List.of(Map.of("address", sharee.user(), "rights", List.of(rights)))))
        .then()
        .statusCode(200);
    // The sharee's list of shared collections is dropped when the grant event arrives.
    return await()
        .atMost(Duration.ofSeconds(5))
        .until(
            () -> Sharing.findShared(sharee, sharee.home(), displayName),
            found -> found.isPresent())
        .orElseThrow()
        .href();
  }

  private static String lastSegment(String collectionPath) {
    String trimmed = collectionPath.substring(0, collectionPath.length() - 1);
    return trimmed.substring(trimmed.lastIndexOf('/') + 1);
  }
}
