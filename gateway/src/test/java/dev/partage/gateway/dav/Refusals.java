package dev.partage.gateway.dav;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.partage.dav.xml.DavException;
import dev.partage.dav.xml.DavNames;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** Assertions on the refusals handlers throw, before the dispatcher renders them. */
public final class Refusals {

  private Refusals() {}

  /**
   * Asserts that {@code call} is refused with 403 DAV:need-privileges (RFC 3744 section 7.1.1) and
   * returns the refusal, for assertions on its sentence.
   */
  public static DavException assertNeedsPrivileges(ThrowingCallable call) {
    return assertNeedsPrivileges(catchThrowableOfType(DavException.class, call));
  }

  /** Asserts that {@code refusal} is a 403 DAV:need-privileges and returns it. */
  public static DavException assertNeedsPrivileges(Throwable refusal) {
    assertThat(refusal).isInstanceOf(DavException.class);
    DavException refused = (DavException) refusal;
    assertThat(refused.status()).isEqualTo(403);
    assertThat(refused.condition()).isEqualTo(DavNames.NEED_PRIVILEGES);
    return refused;
  }
}
