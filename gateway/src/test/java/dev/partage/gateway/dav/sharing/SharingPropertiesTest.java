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
import dev.partage.gateway.dav.FakeAcl;
import dev.partage.gateway.dav.InMemoryCollection;
import dev.partage.gateway.dav.access.Access;
import dev.partage.gateway.dav.access.RightsPrivileges;
import dev.partage.gateway.dav.property.PropertyMap;
import java.time.Instant;
import java.util.List;
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

  private final FakeAcl acl = new FakeAcl();
  private final SharingProperties properties = new SharingProperties(acl);
  private final CollectionRef work =
      new CollectionRef(InMemoryCollection.calendar(ANN, "work"), new InMemoryCollection().api());

  private String render(CollectionRef collection, String user, Access access) {
    PropertyMap map = properties.addTo(new PropertyMap("/c/"), collection, user, access);
    return new MultistatusWriter().response("/c/", map.propstats(SHARING)).finish();
  }

  @Test
  void theOwnerSeesEverySharedUserWithTheirAccess() {
    acl.grants.add(
        new Grant(
            work.id(),
            CollectionKind.CALENDAR,
            ANN,
            GranteeType.USER,
            BOB,
            Role.READ_WRITE.rights(),
            Instant.EPOCH));
    assertSameXmlAs(render(work, ANN, Access.OWNER), "/dav/sharing-owner-props.xml");
  }

  @Test
  void aReadShareeSeesTheirAccessButNotTheOtherSharees() {
    CollectionRef seen = work.seenThrough(new SharerView("work", "Work (ann)", null, null));
    String xml = render(seen, BOB, RightsPrivileges.of(Role.READ.rights()));
    assertThat(xml).contains("<d:read/>").doesNotContain("mailto:").doesNotContain("can-be-shared");
  }
}
