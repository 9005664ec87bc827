package dev.partage.gateway.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.partage.contracts.acl.GranteeRights;
import dev.partage.contracts.acl.GranteeType;
import dev.partage.contracts.acl.Right;
import dev.partage.contracts.acl.Role;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ShareRequestsTest {

  private static final String ALEXANDRE = "alexandre.bernard@namebay.example";
  private static final String DAVID = "david.lanteri@namebay.example";

  @Test
  void aQuickShareGivesEveryAddressTheRole() {
    List<GranteeRights> grantees = ShareRequests.grantees(
        new SharesBody(List.of(ALEXANDRE, " " + DAVID + " "), ShareRole.READ_WRITE, null));

    assertThat(grantees).containsExactly(
        GranteeRights.of(GranteeType.USER, ALEXANDRE, Role.READ_WRITE),
        GranteeRights.of(GranteeType.USER, DAVID, Role.READ_WRITE));
  }

  @Test
  void anAdvancedShareNamesUsersGroupsAndDomainsWithARoleOrRights() {
    List<GranteeRights> grantees = ShareRequests.grantees(new SharesBody(null, null, List.of(
        new ShareeBody(ALEXANDRE, null, null, null, Set.of(ShareRight.CREATE, ShareRight.MODIFY)),
        new ShareeBody(null, "equipe-tech", null, ShareRole.READ, null),
        new ShareeBody(null, null, "filiale.example", ShareRole.FREEBUSY, null))));

    assertThat(grantees).containsExactly(
        GranteeRights.of(GranteeType.USER, ALEXANDRE, Set.of(Right.CREATE, Right.MODIFY)),
        GranteeRights.of(GranteeType.GROUP, "equipe-tech", Role.READ),
        GranteeRights.of(GranteeType.DOMAIN, "filiale.example", Role.FREEBUSY));
  }

  @Test
  void quickAndAdvancedTogetherOrNeitherIsRefused() {
    refused(new SharesBody(List.of(ALEXANDRE), ShareRole.READ,
        List.of(new ShareeBody(DAVID, null, null, ShareRole.READ, null))), "not both and not neither");
    refused(new SharesBody(null, null, null), "not both and not neither");
    refused(null, "quick share");
  }

  @Test
  void aQuickShareNeedsAddressesAndARole() {
    refused(new SharesBody(List.of(ALEXANDRE), null, null), "at least one address and the role");
    refused(new SharesBody(List.of(), ShareRole.READ, null), "at least one address and the role");
    refused(new SharesBody(List.of(" "), ShareRole.READ, null), "cannot be blank");
  }

  @Test
  void aShareeIsNamedOnceAndGivenARoleOrRights() {
    refused(advanced(new ShareeBody(ALEXANDRE, "equipe-tech", null, ShareRole.READ, null)), "exactly one of");
    refused(advanced(new ShareeBody(null, null, null, ShareRole.READ, null)), "exactly one of");
    refused(advanced(new ShareeBody(ALEXANDRE, null, null, ShareRole.READ, Set.of(ShareRight.READ))),
        "either a role or a set of rights");
    refused(advanced(new ShareeBody(ALEXANDRE, null, null, null, Set.of())), "either a role or a set of rights");
    refused(new SharesBody(null, null, List.of()), "at least one sharee");
  }

  private static SharesBody advanced(ShareeBody sharee) {
    return new SharesBody(null, null, List.of(sharee));
  }

  private static void refused(SharesBody body, String sentence) {
    assertThatThrownBy(() -> ShareRequests.grantees(body))
        .isInstanceOfSatisfying(ApiException.class, e -> {
          assertThat(e.error().status()).isEqualTo(400);
          assertThat(e.error().error()).isEqualTo("invalid-request");
          assertThat(e.error().message()).contains(sentence);
        });
  }
}
