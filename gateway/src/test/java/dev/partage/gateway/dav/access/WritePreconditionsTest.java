package dev.partage.gateway.dav.access;

import static dev.partage.gateway.dav.Refusals.assertNeedsPrivileges;
import static org.assertj.core.api.Assertions.assertThat;

import dev.partage.contracts.acl.Right;
import dev.partage.contracts.error.ServiceException;
import dev.partage.gateway.dav.routing.HomeKind;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WritePreconditionsTest {

  private static final Access CREATE_ONLY = RightsPrivileges.of(Set.of(Right.CREATE));
  private static final Access MODIFY_ONLY = RightsPrivileges.of(Set.of(Right.MODIFY));
  private static final Access READ_ONLY = RightsPrivileges.of(Set.of(Right.READ));
  private static final ServiceException PRECONDITION_FAILED =
      ServiceException.preconditionFailed("If-None-Match failed.");

  @Test
  void whoMayCreateAndChangeSendsTheClientsHeadersAsTheyAre() {
    WritePreconditions write =
        WritePreconditions.of(Access.OWNER, HomeKind.CALENDARS, "\"a\"", null);

    assertThat(write)
        .isEqualTo(
            new WritePreconditions(
                "\"a\"", null, WritePreconditions.Added.NONE, HomeKind.CALENDARS));
    assertThat(write.explain(PRECONDITION_FAILED)).isSameAs(PRECONDITION_FAILED);
  }

  @Test
  void aCreateOnlyShareeWritesOnlyIfNothingExists() {
    WritePreconditions write = WritePreconditions.of(CREATE_ONLY, HomeKind.CALENDARS, null, null);

    assertThat(write.ifMatch()).isNull();
    assertThat(write.ifNoneMatch()).isEqualTo("*");
    assertThat(write.mustBeNew()).isTrue();
    assertThat(assertNeedsPrivileges(write.explain(PRECONDITION_FAILED)).getMessage())
        .isEqualTo(
            "You may add new calendar objects to this calendar but not change existing ones.");
  }

  @Test
  void aCreateOnlyShareeKeepsTheirOwnIfNoneMatchFailureAsA412() {
    WritePreconditions write = WritePreconditions.of(CREATE_ONLY, HomeKind.CALENDARS, null, "*");

    assertThat(write.explain(PRECONDITION_FAILED)).isSameAs(PRECONDITION_FAILED);
  }

  @Test
  void aCreateOnlyShareeSendingIfMatchIsRefusedAtOnce() {
    assertThat(
            assertNeedsPrivileges(
                    () -> WritePreconditions.of(CREATE_ONLY, HomeKind.ADDRESS_BOOKS, "\"a\"", null))
                .getMessage())
        .contains("add new vCards");
  }

  @Test
  void aModifyOnlyShareeWritesOnlyWhatExists() {
    WritePreconditions write = WritePreconditions.of(MODIFY_ONLY, HomeKind.CALENDARS, null, null);

    assertThat(write.ifMatch()).isEqualTo("*");
    assertThat(write.mustBeNew()).isFalse();
    assertThat(assertNeedsPrivileges(write.explain(PRECONDITION_FAILED)).getMessage())
        .isEqualTo(
            "You may change the existing calendar objects of this calendar but not add new ones.");
  }

  @Test
  void aModifyOnlyShareeKeepsTheirOwnIfMatch() {
    WritePreconditions write =
        WritePreconditions.of(MODIFY_ONLY, HomeKind.CALENDARS, "\"a\"", null);

    assertThat(write.ifMatch()).isEqualTo("\"a\"");
    assertThat(write.explain(PRECONDITION_FAILED)).isSameAs(PRECONDITION_FAILED);
  }

  @Test
  void aModifyOnlyShareeAskingForANewMemberIsRefusedAtOnce() {
    assertThat(
            assertNeedsPrivileges(
                    () -> WritePreconditions.of(MODIFY_ONLY, HomeKind.CALENDARS, null, "*"))
                .getMessage())
        .contains("but not add new ones");
  }

  @Test
  void aReadOnlyShareeMayNotWrite() {
    assertNeedsPrivileges(() -> WritePreconditions.of(READ_ONLY, HomeKind.CALENDARS, null, null));
  }

  @Test
  void otherRefusalsOfTheServiceStayTheirOwn() {
    ServiceException notFound = ServiceException.notFound("No such collection.");

    assertThat(WritePreconditions.of(CREATE_ONLY, HomeKind.CALENDARS, null, null).explain(notFound))
        .isSameAs(notFound);
  }
}
