package dev.partage.e2e;

import static dev.partage.e2e.support.Sharing.assertOk;
import static dev.partage.e2e.support.Sharing.csRemove;
import static dev.partage.e2e.support.Sharing.csSet;
import static dev.partage.e2e.support.Sharing.csShare;
import static dev.partage.e2e.support.Sharing.resourceTypes;
import static dev.partage.e2e.support.Xml.CALSERVER;
import static dev.partage.e2e.support.Xml.DAV;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.partage.e2e.StackExtension.Stack;
import dev.partage.e2e.support.Access;
import dev.partage.e2e.support.AdvancedShare;
import dev.partage.e2e.support.Dav;
import dev.partage.e2e.support.DavError;
import dev.partage.e2e.support.Ics;
import dev.partage.e2e.support.Sharing;
import dev.partage.e2e.support.Xml;
import io.restassured.response.Response;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Advanced shares, one right at a time (issue 5: "every right is enforced by the server on every
 * method"): creating needs DAV:bind, changing DAV:write-content, removing DAV:unbind (RFC 3744
 * Appendix B), for PUT, DELETE, COPY and MOVE alike; and the owner's copy carries CS:shared-owner
 * exactly while it is shared. Gilles owns a fresh calendar in each test and shares it with David.
 */
@ExtendWith(StackExtension.class)
class SharingRightsIT {

  private static final String NEED_PRIVILEGES = Xml.name(DAV, "need-privileges");
  private static final String SHARED_OWNER = Xml.name(CALSERVER, "shared-owner");

  private final String name = "Droits " + UUID.randomUUID();
  private Stack stack;
  private Dav gilles;
  private Dav david;
  private String calendar;

  @BeforeEach
  void gillesCalendar(Stack stack) {
    this.stack = stack;
    gilles = Dav.as(stack, Dav.GILLES);
    david = Dav.as(stack, Dav.DAVID);
    calendar = AdvancedShare.newCalendarNamed(gilles, name);
  }

  /** Shares Gilles's calendar with David with exactly these rights; David's copy's path. */
  private String sharedWithDavid(String... rights) {
    return AdvancedShare.calendar(stack, gilles, calendar, name, david, rights);
  }

  /** An event whose UID is unique to this run. */
  private static String event(String summary) {
    return event("rights-" + UUID.randomUUID(), summary);
  }

  private static String event(String uid, String summary) {
    return Ics.singleEvent(uid, "20261203T090000Z", "20261203T100000Z", summary);
  }

  /** A PUT with no conditional header, as many clients send to create and to replace alike. */
  private static Response put(Dav user, String path, String ics) {
    return user.request().contentType(Dav.ICALENDAR).body(ics).put(path);
  }

  /** The refusal in {@code response}, which must be a 403 DAV:need-privileges. */
  private static DavError assertNeedsPrivileges(Response response) {
    DavError error = DavError.of(response, 403);
    assertThat(error.conditions()).contains(NEED_PRIVILEGES);
    return error;
  }

  @Test
  void aCreateOnlyShareeAddsEventsButDoesNotReplaceThem() {
    String copy = sharedWithDavid("create");
    String uid = "create-" + UUID.randomUUID();

    put(david, copy + "new.ics", event(uid, "Nouveau")).then().statusCode(201);

    DavError replaced = assertNeedsPrivileges(put(david, copy + "new.ics", event(uid, "Remplacé")));
    assertThat(replaced.message()).contains("not change existing");
    assertThat(david.request().get(copy + "new.ics").asString()).contains("SUMMARY:Nouveau");
  }

  @Test
  void aModifyOnlyShareeReplacesEventsButDoesNotAddThem() {
    String uid = "modify-" + UUID.randomUUID();
    gilles.create(calendar + "existing.ics", event(uid, "Original"));
    String copy = sharedWithDavid("modify");

    put(david, copy + "existing.ics", event(uid, "Modifié")).then().statusCode(204);

    assertThat(assertNeedsPrivileges(put(david, copy + "new.ics", event("Nouveau"))).message())
        .contains("not add new");
    gilles.request().get(calendar + "new.ics").then().statusCode(404);
    assertThat(gilles.request().get(calendar + "existing.ics").asString())
        .contains("SUMMARY:Modifié");
  }

  @Test
  void aDeleteOnlyShareeRemovesEventsButWritesNone() {
    String uid = "delete-" + UUID.randomUUID();
    gilles.create(calendar + "kept.ics", event(uid, "Gardé"));
    gilles.create(calendar + "removed.ics", event("Supprimé"));
    String copy = sharedWithDavid("delete");

    assertNeedsPrivileges(put(david, copy + "kept.ics", event(uid, "Modifié")));
    assertNeedsPrivileges(put(david, copy + "new.ics", event("Nouveau")));
    david.request().delete(copy + "removed.ics").then().statusCode(204);

    gilles.request().get(calendar + "removed.ics").then().statusCode(404);
  }

  @Test
  void copyIntoAReadOnlySharedCalendarIsRefused() {
    String copy = sharedWithDavid("read");
    String own = david.newCalendar("own");
    david.create(own + "mine.ics", event("À moi"));

    assertNeedsPrivileges(david.copy(own + "mine.ics", copy + "mine.ics", "T"));

    david.request().get(copy + "mine.ics").then().statusCode(404);
  }

  @Test
  void moveOutOfACalendarWithoutTheDeleteRightIsRefused() {
    gilles.create(calendar + "stays.ics", event("Reste"));
    String copy = sharedWithDavid("create", "modify");
    String own = david.newCalendar("own");

    assertNeedsPrivileges(david.move(copy + "stays.ics", own + "stays.ics", "T"));

    gilles.request().get(calendar + "stays.ics").then().statusCode(200);
    david.request().get(own + "stays.ics").then().statusCode(404);
  }

  @Test
  void theOwnersCopyIsMarkedSharedOwnerExactlyWhileItIsShared() {
    assertThat(ownersResourceTypes()).doesNotContain(SHARED_OWNER);

    assertOk(csShare(gilles, calendar, csSet(Dav.DAVID, Access.READ)));
    await()
        .atMost(Duration.ofSeconds(5))
        .untilAsserted(() -> assertThat(ownersResourceTypes()).contains(SHARED_OWNER));

    assertOk(csShare(gilles, calendar, csRemove(Dav.DAVID)));
    await()
        .atMost(Duration.ofSeconds(5))
        .untilAsserted(() -> assertThat(ownersResourceTypes()).doesNotContain(SHARED_OWNER));
  }

  /** DAV:resourcetype of the calendar as Gilles's home lists it (Depth 1, as clients ask). */
  private List<String> ownersResourceTypes() {
    return resourceTypes(
        gilles.propfind(gilles.home(), "1", Sharing.HOME_PROPERTIES).entry(calendar));
  }
}
