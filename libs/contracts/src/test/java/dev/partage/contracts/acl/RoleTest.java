package dev.partage.contracts.acl;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** The roles and rights of ARCHITECTURE.md's Rights table. */
class RoleTest {

  @Test
  void eachRoleAddsToTheOneBelow() {
    assertThat(Role.FREEBUSY.rights()).containsExactly(Right.READ_FREEBUSY);
    assertThat(Role.READ.rights()).containsExactlyInAnyOrder(Right.READ_FREEBUSY, Right.READ);
    assertThat(Role.READ_WRITE.rights())
        .containsExactlyInAnyOrder(Right.READ_FREEBUSY, Right.READ, Right.CREATE, Right.MODIFY, Right.DELETE);
    assertThat(Role.MANAGE.rights()).containsExactlyInAnyOrder(Right.values());
  }

  @Test
  void writingARightImpliesReadingTheCollection() {
    assertThat(Right.withImplied(Set.of(Right.CREATE)))
        .containsExactlyInAnyOrder(Right.READ_FREEBUSY, Right.READ, Right.CREATE);
    assertThat(Right.withImplied(Set.of(Right.READ))).containsExactlyInAnyOrder(Right.READ_FREEBUSY, Right.READ);
  }

  @Test
  void freeBusyAloneStaysFreeBusy() {
    assertThat(Right.withImplied(Set.of(Right.READ_FREEBUSY))).containsExactly(Right.READ_FREEBUSY);
    assertThat(Right.withImplied(Set.of())).isEmpty();
  }

  @Test
  void anEmptyDecisionAllowsNothing() {
    Decision none = new Decision(null);

    assertThat(none.rights()).isEmpty();
    assertThat(none.allows(Right.READ_FREEBUSY)).isFalse();
    assertThat(new Decision(Role.READ.rights()).allows(Right.READ)).isTrue();
  }
}
