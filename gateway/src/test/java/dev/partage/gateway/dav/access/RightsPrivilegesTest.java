package dev.partage.gateway.dav.access;

import static org.assertj.core.api.Assertions.assertThat;

import dev.partage.contracts.acl.Right;
import dev.partage.contracts.acl.Role;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The ARCHITECTURE.md rights table, row by row. */
class RightsPrivilegesTest {

  @Test
  void freeBusyGivesReadFreeBusyAlone() {
    assertThat(RightsPrivileges.of(Role.FREEBUSY.rights()).granted())
        .containsExactly(DavPrivilege.READ_FREE_BUSY);
  }

  @Test
  void readNeverAdvertisesAnythingThatWrites() {
    assertThat(RightsPrivileges.of(Role.READ.rights()).granted())
        .containsExactlyInAnyOrder(
            DavPrivilege.READ,
            DavPrivilege.READ_CURRENT_USER_PRIVILEGE_SET,
            DavPrivilege.READ_FREE_BUSY);
  }

  @Test
  void readWriteAddsTheAggregateWriteAndItsParts() {
    assertThat(RightsPrivileges.of(Role.READ_WRITE.rights()).granted())
        .containsExactlyInAnyOrder(
            DavPrivilege.READ,
            DavPrivilege.READ_CURRENT_USER_PRIVILEGE_SET,
            DavPrivilege.READ_FREE_BUSY,
            DavPrivilege.WRITE,
            DavPrivilege.WRITE_PROPERTIES,
            DavPrivilege.WRITE_CONTENT,
            DavPrivilege.BIND,
            DavPrivilege.UNBIND);
  }

  @Test
  void manageAddsWriteAclAndShare() {
    assertThat(RightsPrivileges.of(Role.MANAGE.rights()).granted())
        .containsExactlyInAnyOrder(DavPrivilege.values());
  }

  @Test
  void anAdvancedCreateOnlyShareMayAddButNotChangeNorRemove() {
    assertThat(RightsPrivileges.of(Set.of(Right.CREATE)).granted())
        .contains(DavPrivilege.BIND, DavPrivilege.READ)
        .doesNotContain(DavPrivilege.WRITE_CONTENT, DavPrivilege.UNBIND, DavPrivilege.WRITE);
  }

  @Test
  void noRightsIsNoAccess() {
    assertThat(RightsPrivileges.of(Set.of()).visible()).isFalse();
  }
}
