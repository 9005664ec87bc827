package dev.partage.gateway.dav.routing;

import dev.partage.contracts.collection.CollectionKind;
import dev.partage.dav.xml.DavNames;
import javax.xml.namespace.QName;

/**
 * The two kinds of home a user has (ARCHITECTURE.md, "URLs presented to clients"): one calendar
 * home and one address-book home. Homes, collections and members of both are served by the same
 * handlers; what differs between them is named here.
 */
public enum HomeKind {
  /** {@code /dav/calendars/{owner}/}: calendars and task lists (RFC 4791 section 4.2). */
  CALENDARS("calendars", DavNames.CALENDAR, DavNames.CALENDAR_DATA, "calendar", "calendar object"),
  /** {@code /dav/addressbooks/{owner}/}: address books (RFC 6352 section 5.2). */
  ADDRESS_BOOKS(
      "addressbooks", DavNames.ADDRESSBOOK, DavNames.ADDRESS_DATA, "address book", "vCard");

  private final String segment;
  private final QName collectionType;
  private final QName dataProperty;
  private final String collectionNoun;
  private final String memberNoun;

  HomeKind(
      String segment,
      QName collectionType,
      QName dataProperty,
      String collectionNoun,
      String memberNoun) {
    this.segment = segment;
    this.collectionType = collectionType;
    this.dataProperty = dataProperty;
    this.collectionNoun = collectionNoun;
    this.memberNoun = memberNoun;
  }

  /** The home's URL segment after {@code /dav/}. */
  public String segment() {
    return segment;
  }

  /** The DAV:resourcetype element that, with DAV:collection, marks a collection of this home. */
  public QName collectionType() {
    return collectionType;
  }

  /** The property that carries a member's body in REPORT answers. */
  public QName dataProperty() {
    return dataProperty;
  }

  /** What people call a collection of this home, for error sentences. */
  public String collectionNoun() {
    return collectionNoun;
  }

  /** What people call a member of such a collection, for error sentences. */
  public String memberNoun() {
    return memberNoun;
  }

  /** The home whose URL segment is {@code segment}, or null when none is. */
  public static HomeKind bySegment(String segment) {
    for (HomeKind kind : values()) {
      if (kind.segment.equals(segment)) {
        return kind;
      }
    }
    return null;
  }

  /** The home a service's collection appears in. */
  public static HomeKind of(CollectionKind kind) {
    return kind == CollectionKind.ADDRESSBOOK ? ADDRESS_BOOKS : CALENDARS;
  }
}
