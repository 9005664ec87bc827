package dev.partage.gateway.dav.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.partage.contracts.acl.Right;
import dev.partage.contracts.acl.Role;
import dev.partage.contracts.acl.SharerView;
import dev.partage.dav.xml.DavException;
import dev.partage.gateway.backend.CollectionRef;
import dev.partage.gateway.dav.DavRequests;
import dev.partage.gateway.dav.FakeAcl;
import dev.partage.gateway.dav.InMemoryCollection;
import dev.partage.gateway.dav.Refusals;
import dev.partage.gateway.dav.routing.DavTarget;
import dev.partage.gateway.dav.routing.HomeKind;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AccessPolicyTest {

  private static final String ANN = "ann@example.org";
  private static final String BOB = "bob@example.org";

  private final CollectionRef annsWork =
      new CollectionRef(InMemoryCollection.calendar(ANN, "work"), new InMemoryCollection().api());
  private final FakeAcl acl = new FakeAcl();
  private final AccessPolicy policy = DavRequests.policy(acl);

  private Access decide(String user, DavTarget target) {
    return policy.decide(user, target, Optional.empty());
  }

  @Test
  void anOwnerMayDoEverythingOnTheirOwnResources() {
    assertThat(decide(ANN, new DavTarget.Principal(ANN))).isEqualTo(Access.OWNER);
    assertThat(decide(ANN, new DavTarget.Home(HomeKind.CALENDARS, ANN))).isEqualTo(Access.OWNER);
    assertThat(
            policy.decide(
                ANN,
                new DavTarget.Collection(HomeKind.CALENDARS, ANN, "work"),
                Optional.of(annsWork)))
        .isEqualTo(Access.OWNER);
    assertThat(decide(ANN, new DavTarget.Member(HomeKind.CALENDARS, ANN, "new", "e.ics")))
        .isEqualTo(Access.OWNER);
    assertThat(Access.OWNER.granted()).containsExactlyInAnyOrder(DavPrivilege.values());
    assertThat(acl.decisionsAsked).isEmpty();
  }

  @Test
  void anotherUsersCollectionWithoutAGrantIsInvisibleAndAnswersAsMissing() {
    Access access =
        policy.decide(
            BOB, new DavTarget.Collection(HomeKind.CALENDARS, ANN, "work"), Optional.of(annsWork));
    assertThat(access.visible()).isFalse();
    assertThat(acl.decisionsAsked).containsExactly(BOB + " " + annsWork.id());
    assertThatThrownBy(() -> access.require(DavPrivilege.READ))
        .isInstanceOfSatisfying(DavException.class, e -> assertThat(e.status()).isEqualTo(404));
    assertThat(decide(BOB, new DavTarget.Principal(ANN))).isEqualTo(Access.NONE);
    assertThat(decide(BOB, new DavTarget.Home(HomeKind.CALENDARS, ANN))).isEqualTo(Access.NONE);
    assertThat(decide(BOB, new DavTarget.Member(HomeKind.ADDRESS_BOOKS, ANN, "none", "c.vcf")))
        .isEqualTo(Access.NONE);
  }

  @Test
  void aReadShareAdvertisesReadingOnlyAndRefusesWritingWithNeedPrivileges() {
    acl.grant(BOB, annsWork.id(), Role.READ.rights());
    CollectionRef seenByBob =
        annsWork.seenThrough(new SharerView("work", "Work (ann)", null, null));
    Access access =
        policy.decide(
            BOB,
            new DavTarget.Member(HomeKind.CALENDARS, BOB, "work", "e.ics"),
            Optional.of(seenByBob));
    assertThat(access.granted())
        .containsExactlyInAnyOrder(
            DavPrivilege.READ,
            DavPrivilege.READ_CURRENT_USER_PRIVILEGE_SET,
            DavPrivilege.READ_FREE_BUSY);
    Refusals.assertNeedsPrivileges(() -> access.require(DavPrivilege.WRITE_CONTENT));
  }

  @Test
  void decisionsAreRememberedPerUserAndCollectionUntilTheCollectionsGrantsChange() {
    acl.grant(BOB, annsWork.id(), Role.READ.rights());
    DavTarget target = new DavTarget.Collection(HomeKind.CALENDARS, ANN, "work");
    policy.decide(BOB, target, Optional.of(annsWork));
    policy.decide(BOB, target, Optional.of(annsWork));
    assertThat(acl.decisionsAsked).hasSize(1);
  }

  @Test
  void theRootOnlyTellsWhereThePrincipalIs() {
    Access root = decide(ANN, new DavTarget.Root());
    assertThat(root.granted()).containsExactly(DavPrivilege.READ);
    Refusals.assertNeedsPrivileges(() -> root.require(DavPrivilege.WRITE_PROPERTIES));
  }

  @Test
  void unknownUrlsAreInvisible() {
    assertThat(decide(ANN, new DavTarget.Unknown()).visible()).isFalse();
  }

  @Test
  void writeIsGrantedExactlyWhenAllItsPartsAre() {
    Access allParts =
        new Access(
            Set.of(
                DavPrivilege.READ,
                DavPrivilege.WRITE_CONTENT,
                DavPrivilege.WRITE_PROPERTIES,
                DavPrivilege.BIND,
                DavPrivilege.UNBIND));
    assertThat(allParts.allows(DavPrivilege.WRITE)).isTrue();
    Access claimedWithoutParts = new Access(Set.of(DavPrivilege.READ, DavPrivilege.WRITE));
    assertThat(claimedWithoutParts.allows(DavPrivilege.WRITE)).isFalse();
  }
}
