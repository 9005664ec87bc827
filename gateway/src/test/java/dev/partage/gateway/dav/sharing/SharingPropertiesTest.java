package dev.partage.gateway.dav.sharing;

import static dev.partage.gateway.dav.XmlAssertions.assertSameXmlAs;
import static org.assertj.core.api.Assertions.assertThat;

import dev.partage.contracts.acl.Grant;
import dev.partage.contracts.acl.GranteeType;
import dev.partage.contracts.acl.Role;
import dev.partage.contracts.acl.SharerView;
import dev.partage.contracts.collection.CollectionKind;
import dev.partage.dav.request.PropfindRequest;
import dev.partage.dav.response.MultistatusWriter;
import dev.partage.dav.xml.DavNames;
import dev.partage.gateway.backend.CollectionRef;
import dev.partage.gateway.dav.DavRequests;
import dev.partage.gateway.dav.FakeAcl;
import dev.partage.gateway.dav.InMemoryCollection;
import dev.partage.gateway.dav.access.Access;
import dev.partage.gateway.dav.access.RightsPrivileges;
import dev.partage.gateway.dav.property.PropertyMap;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SharingPropertiesTest {

  private static final String ANN = "ann@example.org";
  private static final String BOB = "bob@example.org";
  private static final PropfindRequest SHARING =
      new PropfindRequest.Props(
          List.of(
              DavNames.CS_INVITE,
              DavNames.INVITE,
              DavNames.SHARE_ACCESS,
              DavNames.CS_ALLOWED_SHARING_MODES));

  private static final PropfindRequest RESOURCETYPE =
      new PropfindRequest.Props(List.of(DavNames.RESOURCETYPE));

  private final FakeAcl acl = new FakeAcl();
  private final CollectionRef work =
      new CollectionRef(InMemoryCollection.calendar(ANN, "work"), new InMemoryCollection().api());
  private final CollectionRef home =
      new CollectionRef(
          InMemoryCollection.calendar(ANN, "home", UUID.randomUUID()),
          new InMemoryCollection().api());
  private final SharingProperties properties = DavRequests.sharingProperties(acl, work, home);

  private String render(CollectionRef collection, String user, Access access) {
    return render(collection, user, access, SHARING);
  }

  private String render(
      CollectionRef collection, String user, Access access, PropfindRequest request) {
    PropertyMap map = properties.addTo(new PropertyMap("/c/"), collection, user, access);
    return new MultistatusWriter().response("/c/", map.propstats(request)).finish();
  }

  private void shareWorkWithBob() {
    acl.grants.add(
        new Grant(
            work.id(),
            CollectionKind.CALENDAR,
            ANN,
            GranteeType.USER,
            BOB,
            Role.READ_WRITE.rights(),
            Instant.EPOCH));
  }

  @Test
  void theOwnerSeesEverySharedUserWithTheirAccess() {
    shareWorkWithBob();
    assertSameXmlAs(render(work, ANN, Access.OWNER), "/dav/sharing-owner-props.xml");
    // CS:invite and DAV:invite list the same grants, read once.
    assertThat(acl.grantsAsked).isEqualTo(1);
  }

  @Test
  void aReadShareeSeesTheirAccessButNotTheOtherSharees() {
    CollectionRef seen = work.seenThrough(new SharerView("work", "Work (ann)", null, null));
    String xml = render(seen, BOB, RightsPrivileges.of(Role.READ.rights()));
    assertThat(xml).contains("<d:read/>").doesNotContain("mailto:").doesNotContain("can-be-shared");
  }

  @Test
  void theOwnersCopyOfASharedCollectionIsMarkedSharedOwner() {
    shareWorkWithBob();

    assertThat(render(work, ANN, Access.OWNER, RESOURCETYPE))
        .contains(
            "<d:resourcetype><d:collection/><cal:calendar/><cs:shared-owner/></d:resourcetype>");
  }

  @Test
  void theOwnersCopyOfAnUnsharedCollectionHasNoMark() {
    assertThat(render(work, ANN, Access.OWNER, RESOURCETYPE))
        .contains("<d:resourcetype><d:collection/><cal:calendar/></d:resourcetype>");
  }

  @Test
  void aShareesCopyIsMarkedShared() {
    CollectionRef seen = work.seenThrough(new SharerView("work", "Work (ann)", null, null));

    assertThat(render(seen, BOB, RightsPrivileges.of(Role.READ.rights()), RESOURCETYPE))
        .contains("<d:resourcetype><d:collection/><cal:calendar/><cs:shared/></d:resourcetype>");
  }

  @Test
  void theOwnersHomeIsAskedAboutOnceForAllItsCollections() {
    shareWorkWithBob();

    render(work, ANN, Access.OWNER, RESOURCETYPE);
    render(home, ANN, Access.OWNER, RESOURCETYPE);

    assertThat(acl.sharedAmongAsked).containsExactly(List.of(work.id(), home.id()));
  }

  @Test
  void withoutAclServiceTheOwnersCopyHasNoMarkAndTheNextListingAsksAgain() {
    shareWorkWithBob();
    acl.sharedAmongUnreachable = true;

    assertThat(render(work, ANN, Access.OWNER, RESOURCETYPE))
        .contains("<d:resourcetype><d:collection/><cal:calendar/></d:resourcetype>");

    acl.sharedAmongUnreachable = false;
    assertThat(render(work, ANN, Access.OWNER, RESOURCETYPE)).contains("<cs:shared-owner/>");
    assertThat(acl.sharedAmongAsked).hasSize(2);
  }
}
