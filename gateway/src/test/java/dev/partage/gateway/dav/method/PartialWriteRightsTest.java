package dev.partage.gateway.dav.method;

import static dev.partage.gateway.dav.DavRequests.ANN;
import static dev.partage.gateway.dav.Refusals.assertNeedsPrivileges;
import static org.assertj.core.api.Assertions.assertThat;

import dev.partage.contracts.acl.Right;
import dev.partage.contracts.acl.SharerView;
import dev.partage.gateway.backend.CollectionLocator;
import dev.partage.gateway.backend.CollectionRef;
import dev.partage.gateway.backend.Directories;
import dev.partage.gateway.dav.DavRequests;
import dev.partage.gateway.dav.FakeAcl;
import dev.partage.gateway.dav.InMemoryCollection;
import dev.partage.gateway.dav.request.DavRequest;
import dev.partage.gateway.dav.request.RequestHeaders;
import dev.partage.gateway.dav.routing.DavPaths;
import dev.partage.gateway.dav.routing.DavTarget;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Ann's calendar "work" shared with Bob with only some of the writing rights: creating needs
 * DAV:bind and replacing DAV:write-content (RFC 3744 Appendix B), for PUT and for the destination
 * of COPY and MOVE alike.
 */
class PartialWriteRightsTest {

  private static final String BOB = "bob@example.org";
  private static final String SHARED = "/dav/calendars/bob@example.org/work-ann/";
  private static final String OWN = "/dav/calendars/bob@example.org/home/";
  private static final String EVENT = "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n";

  private final InMemoryCollection annsObjects = new InMemoryCollection().with("old.ics", EVENT);
  private final CollectionRef annsWork =
      new CollectionRef(InMemoryCollection.calendar(ANN, "work"), annsObjects.api())
          .seenThrough(new SharerView("work-ann", "Work (ann)", null, null));
  private final InMemoryCollection bobsObjects = new InMemoryCollection().with("mine.ics", EVENT);
  private final CollectionRef bobsHome =
      new CollectionRef(
          InMemoryCollection.calendar(BOB, "home", UUID.randomUUID()), bobsObjects.api());

  @Test
  void aCreateOnlyShareeAddsAnEvent() {
    FakeAcl acl = rights(Right.CREATE);

    assertThat(put(acl, SHARED + "new.ics").getStatus()).isEqualTo(201);
    assertThat(annsObjects.objects).containsKey("new.ics");
  }

  @Test
  void aCreateOnlyShareeMayNotReplaceAnEvent() {
    assertNeedsPrivileges(() -> put(rights(Right.CREATE), SHARED + "old.ics"));
  }

  @Test
  void aModifyOnlyShareeReplacesAnEvent() {
    assertThat(put(rights(Right.MODIFY), SHARED + "old.ics").getStatus()).isEqualTo(204);
  }

  @Test
  void aModifyOnlyShareeMayNotAddAnEvent() {
    assertNeedsPrivileges(() -> put(rights(Right.MODIFY), SHARED + "new.ics"));
    assertThat(annsObjects.objects).doesNotContainKey("new.ics");
  }

  @Test
  void aCreateOnlyShareeCopiesANewEventIn() {
    assertThat(copy(rights(Right.CREATE), "copied.ics").getStatus()).isEqualTo(201);
    assertThat(annsObjects.objects).containsKey("copied.ics");
  }

  @Test
  void aCreateOnlyShareeMayNotCopyOverAnEvent() {
    assertNeedsPrivileges(() -> copy(rights(Right.CREATE), "old.ics"));
  }

  @Test
  void aReadOnlyShareeMayNotCopyIntoTheCalendar() {
    assertNeedsPrivileges(() -> copy(rights(Right.READ), "copied.ics"));
    assertThat(annsObjects.objects).doesNotContainKey("copied.ics");
  }

  @Test
  void aShareeWhoMayCreateAndDeleteRenamesAnEventInTheSharedCalendar() {
    FakeAcl acl = new FakeAcl().grant(BOB, annsWork.id(), Set.of(Right.CREATE, Right.DELETE));

    assertThat(moveWithinShared(acl, "renamed.ics").getStatus()).isEqualTo(201);
    assertThat(annsObjects.objects).containsKey("renamed.ics").doesNotContainKey("old.ics");
  }

  @Test
  void aShareeWhoMayCreateAndDeleteMayNotMoveOverAnEvent() {
    annsObjects.with("other.ics", EVENT);
    FakeAcl acl = new FakeAcl().grant(BOB, annsWork.id(), Set.of(Right.CREATE, Right.DELETE));

    assertNeedsPrivileges(() -> moveWithinShared(acl, "other.ics"));
    assertThat(annsObjects.objects).containsKey("old.ics");
  }

  private Response put(FakeAcl acl, String path) {
    return new PutHandler(Directories.servingNothing())
        .handle(asBob(acl, path, Map.of("Content-Type", "text/calendar"), EVENT, annsWork));
  }

  /** Bob copies mine.ics from his own calendar to {@code destination}. */
  private Response copy(FakeAcl acl, String destination) {
    return new CopyHandler(transfer(acl))
        .handle(
            asBob(acl, OWN + "mine.ics", destinationHeader(SHARED + destination), null, bobsHome));
  }

  /** Bob moves old.ics to {@code newName} in the shared calendar. */
  private Response moveWithinShared(FakeAcl acl, String newName) {
    return new MoveHandler(transfer(acl))
        .handle(
            asBob(acl, SHARED + "old.ics", destinationHeader(SHARED + newName), null, annsWork));
  }

  /** COPY and MOVE whose destinations all lie in Ann's calendar as Bob sees it. */
  private ObjectTransfer transfer(FakeAcl acl) {
    CollectionLocator locator =
        new CollectionLocator(null, null) {
          @Override
          public Optional<CollectionRef> locate(String user, DavTarget target) {
            return Optional.of(annsWork);
          }
        };
    return new ObjectTransfer(Directories.servingNothing(), locator, DavRequests.policy(acl));
  }

  private static Map<String, String> destinationHeader(String path) {
    return Map.of("Destination", "http://dav.example.org" + path, "Overwrite", "T");
  }

  private FakeAcl rights(Right right) {
    return new FakeAcl().grant(BOB, annsWork.id(), Set.of(right));
  }

  private static DavRequest asBob(
      FakeAcl acl, String path, Map<String, String> headers, String body, CollectionRef found) {
    DavTarget target = DavPaths.parse(path);
    return new DavRequest(
        URI.create("http://dav.example.org" + path),
        target,
        DavRequests.policy(acl).decide(BOB, target, Optional.of(found)),
        BOB,
        RequestHeaders.of(headers),
        body == null ? null : body.getBytes(StandardCharsets.UTF_8),
        Optional.of(found));
  }
}
