package dev.partage.gateway.dav.access;

import dev.partage.dav.xml.DavException;
import dev.partage.dav.xml.DavNames;
import java.util.EnumSet;
import java.util.Set;

/**
 * What the current user may do on one resource: the single value that both the enforcement and the
 * advertised DAV:current-user-privilege-set come from, so that they cannot disagree
 * (ARCHITECTURE.md, "Rights": what is advertised must be exactly what is enforced).
 */
public record Access(Set<DavPrivilege> granted) {

  /** The parts of the aggregate DAV:write (RFC 3744 section 3.2). */
  private static final Set<DavPrivilege> WRITE_PARTS =
      EnumSet.of(
          DavPrivilege.WRITE_PROPERTIES,
          DavPrivilege.WRITE_CONTENT,
          DavPrivilege.BIND,
          DavPrivilege.UNBIND);

  /** Nothing: the resource is answered as missing, so its existence does not leak. */
  public static final Access NONE = new Access(Set.of());

  /** An owner on their own resources. */
  public static final Access OWNER = new Access(EnumSet.allOf(DavPrivilege.class));

  /** Any authenticated user on the DAV root, which only tells them where their principal is. */
  public static final Access DISCOVERY = new Access(Set.of(DavPrivilege.READ));

  /** Keeps DAV:write exactly in step with its four parts. */
  public Access {
    EnumSet<DavPrivilege> normalised = EnumSet.noneOf(DavPrivilege.class);
    normalised.addAll(granted);
    if (normalised.containsAll(WRITE_PARTS)) {
      normalised.add(DavPrivilege.WRITE);
    } else {
      normalised.remove(DavPrivilege.WRITE);
    }
    granted = Set.copyOf(normalised);
  }

  /** False when the user may not even learn that the resource exists. */
  public boolean visible() {
    return !granted.isEmpty();
  }

  public boolean allows(DavPrivilege privilege) {
    return granted.contains(privilege);
  }

  /**
   * Refuses the request unless {@code privilege} is granted: 404 when the resource is invisible to
   * the user, else 403 with DAV:need-privileges (RFC 3744 section 7.1.1).
   */
  public void require(DavPrivilege privilege) {
    if (!visible()) {
      throw DavException.notFound();
    }
    if (!allows(privilege)) {
      throw DavException.forbidden(
          DavNames.NEED_PRIVILEGES, "You may not " + privilege.verb() + " this resource.");
    }
  }
}
