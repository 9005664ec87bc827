package dev.partage.gateway.dav.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.partage.dav.xml.DavException;
import dev.partage.dav.xml.DavNames;
import dev.partage.gateway.dav.routing.DavTarget;
import dev.partage.gateway.dav.routing.HomeKind;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AccessPolicyTest {

  private static final String ANN = "ann@example.org";
  private static final String BOB = "bob@example.org";

  private final AccessPolicy policy = new AccessPolicy();

  @Test
  void anOwnerMayDoEverythingOnTheirOwnResources() {
    assertThat(policy.decide(ANN, new DavTarget.Principal(ANN))).isEqualTo(Access.OWNER);
    assertThat(policy.decide(ANN, new DavTarget.Home(HomeKind.CALENDARS, ANN)))
        .isEqualTo(Access.OWNER);
    assertThat(policy.decide(ANN, new DavTarget.Collection(HomeKind.CALENDARS, ANN, "work")))
        .isEqualTo(Access.OWNER);
    assertThat(policy.decide(ANN, new DavTarget.Member(HomeKind.CALENDARS, ANN, "work", "e.ics")))
        .isEqualTo(Access.OWNER);
    assertThat(Access.OWNER.granted()).containsExactlyInAnyOrder(DavPrivilege.values());
  }

  @Test
  void anotherUsersResourcesAreInvisibleAndAnswerAsMissing() {
    Access access = policy.decide(BOB, new DavTarget.Collection(HomeKind.CALENDARS, ANN, "work"));
    assertThat(access.visible()).isFalse();
    assertThatThrownBy(() -> access.require(DavPrivilege.READ))
        .isInstanceOfSatisfying(DavException.class, e -> assertThat(e.status()).isEqualTo(404));
    assertThat(policy.decide(BOB, new DavTarget.Principal(ANN))).isEqualTo(Access.NONE);
    assertThat(policy.decide(BOB, new DavTarget.Home(HomeKind.CALENDARS, ANN)))
        .isEqualTo(Access.NONE);
  }

  @Test
  void addressBooksFollowTheSameRuleAsCalendars() {
    HomeKind books = HomeKind.ADDRESS_BOOKS;
    assertThat(policy.decide(ANN, new DavTarget.Home(books, ANN))).isEqualTo(Access.OWNER);
    assertThat(policy.decide(ANN, new DavTarget.Member(books, ANN, "friends", "c.vcf")))
        .isEqualTo(Access.OWNER);
    assertThat(policy.decide(BOB, new DavTarget.Home(books, ANN))).isEqualTo(Access.NONE);
    assertThat(policy.decide(BOB, new DavTarget.Collection(books, ANN, "friends")))
        .isEqualTo(Access.NONE);
  }

  @Test
  void theRootOnlyTellsWhereThePrincipalIs() {
    Access root = policy.decide(ANN, new DavTarget.Root());
    assertThat(root.granted()).containsExactly(DavPrivilege.READ);
    assertThatThrownBy(() -> root.require(DavPrivilege.WRITE_PROPERTIES))
        .isInstanceOfSatisfying(
            DavException.class,
            e -> {
              assertThat(e.status()).isEqualTo(403);
              assertThat(e.condition()).isEqualTo(DavNames.NEED_PRIVILEGES);
            });
  }

  @Test
  void unknownUrlsAreInvisible() {
    assertThat(policy.decide(ANN, new DavTarget.Unknown()).visible()).isFalse();
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
