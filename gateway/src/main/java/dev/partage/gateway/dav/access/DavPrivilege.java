package dev.partage.gateway.dav.access;

import dev.partage.dav.xml.DavNames;
import dev.partage.gateway.dav.routing.HomeKind;
import javax.xml.namespace.QName;

/**
 * The privileges Partage grants and advertises (RFC 3744 section 3, RFC 4791 section 6.1.1,
 * draft-pot-webdav-resource-sharing section 5.1).
 */
public enum DavPrivilege {
  READ(DavNames.READ, "read"),
  WRITE(DavNames.WRITE, "change"),
  WRITE_PROPERTIES(DavNames.WRITE_PROPERTIES, "change the properties of"),
  WRITE_CONTENT(DavNames.WRITE_CONTENT, "change the content of"),
  BIND(DavNames.BIND, "add members to"),
  UNBIND(DavNames.UNBIND, "remove members from"),
  READ_CURRENT_USER_PRIVILEGE_SET(
      DavNames.READ_CURRENT_USER_PRIVILEGE_SET, "read your privileges on"),
  WRITE_ACL(DavNames.WRITE_ACL, "change the access to"),
  SHARE(DavNames.SHARE_PRIVILEGE, "share"),
  READ_FREE_BUSY(DavNames.READ_FREE_BUSY, "read the free-busy time of");

  private final QName element;
  private final String verb;

  DavPrivilege(QName element, String verb) {
    this.element = element;
    this.verb = verb;
  }

  /** The privilege element inside DAV:privilege. */
  public QName element() {
    return element;
  }

  /**
   * False for a privilege that means nothing in a home of {@code kind}: RFC 4791's read-free-busy
   * is a calendar's, and an address book never advertises it (it has no free-busy-query to allow).
   */
  public boolean appliesTo(HomeKind kind) {
    return this != READ_FREE_BUSY || kind == HomeKind.CALENDARS;
  }

  /** What the privilege lets a person do, to complete "You may not ... this resource". */
  public String verb() {
    return verb;
  }
}
