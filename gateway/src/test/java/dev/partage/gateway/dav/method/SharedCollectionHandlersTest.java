package dev.partage.gateway.dav.method;

import static dev.partage.gateway.dav.DavRequests.ANN;
import static org.assertj.core.api.Assertions.assertThat;

import dev.partage.contracts.acl.Role;
import dev.partage.contracts.acl.SharerView;
import dev.partage.contracts.acl.ViewPatch;
import dev.partage.gateway.backend.CollectionRef;
import dev.partage.gateway.backend.SharedCollections;
import dev.partage.gateway.dav.DavRequests;
import dev.partage.gateway.dav.FakeAcl;
import dev.partage.gateway.dav.InMemoryCollection;
import dev.partage.gateway.dav.Refusals;
import dev.partage.gateway.dav.request.DavRequest;
import dev.partage.gateway.dav.request.RequestHeaders;
import dev.partage.gateway.dav.routing.DavPaths;
import dev.partage.gateway.dav.routing.DavTarget;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Ann's calendar "work", shared read-only with Bob, as Bob reaches it in his own home. */
class SharedCollectionHandlersTest {

  private static final String BOB = "bob@example.org";
  private static final String BOBS_COPY = "/dav/calendars/bob@example.org/work-ann/";

  private final InMemoryCollection api = new InMemoryCollection();
  private final CollectionRef annsWork =
      new CollectionRef(InMemoryCollection.calendar(ANN, "work"), api.api());
  private final CollectionRef seenByBob =
      annsWork.seenThrough(new SharerView("work-ann", "Work (ann)", "#FF0000FF", null));
  private final FakeAcl acl = new FakeAcl().grant(BOB, annsWork.id(), Role.READ.rights());

  private DavRequest asBob(String path, String body) {
    return asBob(path, body, acl, null);
  }

  private DavRequest asBob(String path, String body, FakeAcl rights, String depth) {
    DavTarget target = DavPaths.parse(path);
    Optional<CollectionRef> collection = Optional.of(seenByBob);
    return new DavRequest(
        URI.create("http://dav.example.org" + path),
        target,
        DavRequests.policy(rights).decide(BOB, target, collection),
        BOB,
        RequestHeaders.of(depth == null ? Map.of() : Map.of("Depth", depth)),
        body == null ? null : body.getBytes(StandardCharsets.UTF_8),
        collection);
  }

  @Test
  void aReadShareeChangesOnlyTheirOwnColourAndName() {
    String body =
        "<d:propertyupdate xmlns:d=\"DAV:\" xmlns:i=\"http://apple.com/ns/ical/\"><d:set><d:prop>"
            + "<d:displayname>Boulot</d:displayname><i:calendar-color>#00FF00FF</i:calendar-color>"
            + "</d:prop></d:set></d:propertyupdate>";
    Response response =
        new ProppatchHandler(null, new SharedCollections(acl, null), acl)
            .handle(asBob(BOBS_COPY, body));
    assertThat(response.getStatus()).isEqualTo(207);
    assertThat(acl.lastViewPatch).isEqualTo(new ViewPatch("Boulot", "#00FF00FF", null));
    assertThat(api.lastPatch).isNull();
  }

  @Test
  void aShareeMayNotChangeTheOwnersDescription() {
    String body =
        "<d:propertyupdate xmlns:d=\"DAV:\" xmlns:c=\"urn:ietf:params:xml:ns:caldav\"><d:set>"
            + "<d:prop><c:calendar-description>x</c:calendar-description></d:prop></d:set>"
            + "</d:propertyupdate>";
    Refusals.assertNeedsPrivileges(
        () -> new ProppatchHandler(null, null, acl).handle(asBob(BOBS_COPY, body)));
    assertThat(acl.lastViewPatch).isNull();
  }

  @Test
  void aReadShareeMayNotDeleteAnObject() {
    Refusals.assertNeedsPrivileges(
        () -> new DeleteHandler(null, null, acl).handle(asBob(BOBS_COPY + "e.ics", null)));
  }

  @Test
  void aFreeBusyShareeSeesTheCollectionButNotItsObjects() {
    FakeAcl freeBusyOnly = new FakeAcl().grant(BOB, annsWork.id(), Role.FREEBUSY.rights());
    PropfindHandler propfind =
        new PropfindHandler(
            new PropfindResources(
                null,
                null,
                DavRequests.policy(freeBusyOnly),
                DavRequests.sharingProperties(freeBusyOnly)));
    String body = "<d:propfind xmlns:d=\"DAV:\"><d:prop><d:displayname/></d:prop></d:propfind>";

    assertThat(propfind.handle(asBob(BOBS_COPY, body, freeBusyOnly, "0")).getStatus())
        .isEqualTo(207);
    Refusals.assertNeedsPrivileges(
        () -> propfind.handle(asBob(BOBS_COPY, body, freeBusyOnly, "1")));
  }
}
