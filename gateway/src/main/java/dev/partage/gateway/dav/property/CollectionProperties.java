package dev.partage.gateway.dav.property;

import dev.partage.contracts.collection.CollectionDto;
import dev.partage.dav.response.HttpDates;
import dev.partage.dav.response.PropValue;
import dev.partage.dav.xml.DavNames;
import dev.partage.dav.xml.XmlElement;
import dev.partage.gateway.dav.access.Access;
import dev.partage.gateway.dav.request.BodyLimits;
import dev.partage.gateway.dav.routing.HomeKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.xml.namespace.QName;

/**
 * A calendar or task list (RFC 4791 sections 4.2 and 5.2) or an address book (RFC 6352 section
 * 6.2), with the properties both share: RFC 6578 sync-token, CalendarServer ctag, privileges.
 */
public final class CollectionProperties {

  /** The reports a calendar answers, one handler each in the report package. */
  private static final List<QName> CALENDAR_REPORTS =
      List.of(
          DavNames.CALENDAR_MULTIGET,
          DavNames.CALENDAR_QUERY,
          DavNames.FREE_BUSY_QUERY,
          DavNames.SYNC_COLLECTION);

  /** The reports an address book answers (RFC 6352 section 8, RFC 6578). */
  private static final List<QName> ADDRESS_BOOK_REPORTS =
      List.of(DavNames.ADDRESSBOOK_MULTIGET, DavNames.ADDRESSBOOK_QUERY, DavNames.SYNC_COLLECTION);

  /** The live properties of a calendar a client may change with PROPPATCH or set in MKCALENDAR. */
  private static final Set<QName> CALENDAR_WRITABLE =
      Set.of(
          DavNames.DISPLAYNAME,
          DavNames.CALENDAR_DESCRIPTION,
          DavNames.CALENDAR_COLOR,
          DavNames.CALENDAR_ORDER,
          DavNames.CALENDAR_TIMEZONE);

  /**
   * The live properties of an address book a client may change with PROPPATCH or set in MKCOL (RFC
   * 6352 section 6.2.1). Its colour and order are Apple's calendar ones, as for a calendar: they are
   * what the webmail shows, and what each sharee sets for their own view of a shared book.
   */
  private static final Set<QName> ADDRESS_BOOK_WRITABLE =
      Set.of(
          DavNames.DISPLAYNAME,
          DavNames.ADDRESSBOOK_DESCRIPTION,
          DavNames.CALENDAR_COLOR,
          DavNames.CALENDAR_ORDER);

  /**
   * The properties the server computes, which PROPPATCH and MKCALENDAR refuse to set (RFC 4918
   * section 16, cannot-modify-protected-property): every live property of a calendar or address
   * book but the writable ones, and the RFC 4918 section 15 ones a collection lacks.
   */
  public static final Set<QName> PROTECTED =
      Set.of(
          DavNames.RESOURCETYPE,
          DavNames.SUPPORTED_CALENDAR_COMPONENT_SET,
          DavNames.SUPPORTED_CALENDAR_DATA,
          DavNames.CALDAV_MAX_RESOURCE_SIZE,
          DavNames.SUPPORTED_ADDRESS_DATA,
          DavNames.CARDDAV_MAX_RESOURCE_SIZE,
          DavNames.GETCTAG,
          DavNames.SYNC_TOKEN,
          DavNames.SUPPORTED_REPORT_SET,
          DavNames.CURRENT_USER_PRIVILEGE_SET,
          DavNames.OWNER,
          DavNames.CURRENT_USER_PRINCIPAL,
          DavNames.GETLASTMODIFIED,
          DavNames.GETETAG,
          DavNames.GETCONTENTTYPE,
          DavNames.GETCONTENTLENGTH,
          DavNames.CREATIONDATE,
          DavNames.CS_INVITE,
          DavNames.CS_ALLOWED_SHARING_MODES,
          DavNames.INVITE,
          DavNames.SHARE_ACCESS);

  private static final String MAX_RESOURCE_SIZE = Integer.toString(BodyLimits.MAX_RESOURCE_SIZE);

  private CollectionProperties() {}

  /**
   * @param href the collection's URL in the requesting user's home
   * @param user the authenticated user
   * @param access what that user may do on the collection
   */
  public static PropertyMap of(String href, CollectionDto collection, String user, Access access) {
    HomeKind kind = HomeKind.of(collection.kind());
    PropertyMap properties =
        new PropertyMap(href)
            // SharingProperties adds the sharing marks, which need acl-service.
            .put(
                DavNames.RESOURCETYPE,
                () -> PropertyValues.resourceType(DavNames.COLLECTION, kind.collectionType()))
            .putText(DavNames.DISPLAYNAME, collection.displayName())
            // Apple's colour and order, which clients read on calendars and address books alike.
            .putText(DavNames.CALENDAR_COLOR, collection.color())
            .putText(
                DavNames.CALENDAR_ORDER,
                collection.order() == null ? null : collection.order().toString());
    switch (kind) {
      case CALENDARS -> putCalendarProperties(properties, collection);
      case ADDRESS_BOOKS -> putAddressBookProperties(properties, collection);
    }
    String syncToken = SyncTokens.format(collection.syncRevision());
    return properties
        .putText(DavNames.GETCTAG, syncToken)
        .putText(DavNames.SYNC_TOKEN, syncToken)
        .put(DavNames.SUPPORTED_REPORT_SET, () -> PropertyValues.supportedReports(reports(kind)))
        .put(DavNames.CURRENT_USER_PRIVILEGE_SET, () -> PropertyValues.privilegeSet(access, kind))
        .putPrincipals(collection.owner(), user)
        .putText(
            DavNames.GETLASTMODIFIED,
            collection.updatedAt() == null ? null : HttpDates.format(collection.updatedAt()))
        .putDead(collection.deadProperties());
  }

  /** The live properties a client may change on a collection of this kind. */
  public static Set<QName> writable(HomeKind kind) {
    return switch (kind) {
      case CALENDARS -> CALENDAR_WRITABLE;
      case ADDRESS_BOOKS -> ADDRESS_BOOK_WRITABLE;
    };
  }

  /** The reports a collection of this kind answers, as DAV:supported-report-set lists them. */
  public static List<QName> reports(HomeKind kind) {
    return switch (kind) {
      case CALENDARS -> CALENDAR_REPORTS;
      case ADDRESS_BOOKS -> ADDRESS_BOOK_REPORTS;
    };
  }

  private static void putCalendarProperties(PropertyMap properties, CollectionDto collection) {
    properties
        .putText(DavNames.CALENDAR_DESCRIPTION, collection.description())
        .putText(DavNames.CALENDAR_TIMEZONE, collection.timezone())
        .put(DavNames.SUPPORTED_CALENDAR_COMPONENT_SET, () -> componentSet(collection.components()))
        .put(DavNames.SUPPORTED_CALENDAR_DATA, CollectionProperties::supportedCalendarData)
        .putText(DavNames.CALDAV_MAX_RESOURCE_SIZE, MAX_RESOURCE_SIZE);
  }

  /**
   * RFC 6352 section 6.2: description, the vCard versions served (the service converts between
   * them, section 10.4) and the size limit.
   */
  private static void putAddressBookProperties(PropertyMap properties, CollectionDto collection) {
    properties
        .putText(DavNames.ADDRESSBOOK_DESCRIPTION, collection.description())
        .put(DavNames.SUPPORTED_ADDRESS_DATA, CollectionProperties::supportedAddressData)
        .putText(DavNames.CARDDAV_MAX_RESOURCE_SIZE, MAX_RESOURCE_SIZE);
  }

  /** One CALDAV:comp per component, sorted so that the answer is stable (section 5.2.3). */
  private static PropValue componentSet(Set<String> components) {
    List<XmlElement> comps = new ArrayList<>();
    for (String component : new TreeSet<>(components)) {
      comps.add(new XmlElement(DavNames.COMP, Map.of(new QName("name"), component), List.of(), ""));
    }
    return new PropValue.Elements(comps);
  }

  /** iCalendar 2.0 is the only media type stored (section 5.2.4). */
  private static PropValue supportedCalendarData() {
    return PropValue.elements(mediaType(DavNames.CALENDAR_DATA, "text/calendar", "2.0"));
  }

  /** vCard 3.0 and 4.0 (RFC 6352 section 6.2.2). */
  private static PropValue supportedAddressData() {
    return new PropValue.Elements(
        List.of(
            mediaType(DavNames.ADDRESS_DATA_TYPE, "text/vcard", "3.0"),
            mediaType(DavNames.ADDRESS_DATA_TYPE, "text/vcard", "4.0")));
  }

  private static XmlElement mediaType(QName element, String contentType, String version) {
    return new XmlElement(
        element,
        Map.of(new QName("content-type"), contentType, new QName("version"), version),
        List.of(),
        "");
  }
}
