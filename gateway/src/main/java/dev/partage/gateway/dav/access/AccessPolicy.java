package dev.partage.gateway.dav.access;

import dev.partage.gateway.dav.routing.DavTarget;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Decides what a user may do on a target, in one place (STYLE.md, Radicale's {@code Access}). For
 * now a user reaches only their own principal, calendar home and address-book home; sharing will
 * replace this class with a call to acl-service, and nothing else has to change.
 */
@ApplicationScoped
public class AccessPolicy {

  public Access decide(String user, DavTarget target) {
    return switch (target) {
      case DavTarget.Root root -> Access.DISCOVERY;
      case DavTarget.Unknown unknown -> Access.NONE;
      // Another user's resources answer exactly like missing ones: a 404 tells nothing.
      default -> target.owner().equals(user) ? Access.OWNER : Access.NONE;
    };
  }
}
