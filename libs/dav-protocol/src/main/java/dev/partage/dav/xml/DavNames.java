package dev.partage.dav.xml;

import javax.xml.namespace.QName;

/**
 * Every XML element name the server reads or writes, in one registry. Names that exist in two
 * namespaces carry the namespace in their constant ({@link #PROP} is DAV:, {@link #CALDAV_PROP} is
 * CalDAV).
 */
public final class DavNames {

  // RFC 4918 section 14: multistatus responses, PROPFIND and PROPPATCH bodies.
  public static final QName MULTISTATUS = dav("multistatus");
  public static final QName RESPONSE = dav("response");
  public static final QName HREF = dav("href");
  public static final QName PROPSTAT = dav("propstat");
  public static final QName PROP = dav("prop");
  public static final QName STATUS = dav("status");
  public static final QName ERROR = dav("error");
  public static final QName RESPONSEDESCRIPTION = dav("responsedescription");
  public static final QName PROPFIND = dav("propfind");
  public static final QName ALLPROP = dav("allprop");
  public static final QName PROPNAME = dav("propname");
  public static final QName INCLUDE = dav("include");
  public static final QName PROPERTYUPDATE = dav("propertyupdate");
  public static final QName SET = dav("set");
  public static final QName REMOVE = dav("remove");

  // RFC 4918 section 15: live properties.
  public static final QName RESOURCETYPE = dav("resourcetype");
  public static final QName COLLECTION = dav("collection");
  public static final QName DISPLAYNAME = dav("displayname");
  public static final QName GETETAG = dav("getetag");
  public static final QName GETCONTENTTYPE = dav("getcontenttype");
  public static final QName GETCONTENTLENGTH = dav("getcontentlength");
  public static final QName GETLASTMODIFIED = dav("getlastmodified");
  public static final QName CREATIONDATE = dav("creationdate");

  // RFC 5689 section 5.1: extended MKCOL body.
  public static final QName MKCOL = dav("mkcol");

  // RFC 6578 sections 3 and 6: collection synchronization.
  public static final QName SYNC_TOKEN = dav("sync-token");
  public static final QName SYNC_COLLECTION = dav("sync-collection");
  public static final QName SYNC_LEVEL = dav("sync-level");
  public static final QName LIMIT = dav("limit");
  public static final QName NRESULTS = dav("nresults");
  public static final QName VALID_SYNC_TOKEN = dav("valid-sync-token");
  public static final QName NUMBER_OF_MATCHES_WITHIN_LIMITS =
      dav("number-of-matches-within-limits");

  // RFC 3253 section 3.1.5 and 3.6: supported reports.
  public static final QName SUPPORTED_REPORT_SET = dav("supported-report-set");
  public static final QName SUPPORTED_REPORT = dav("supported-report");
  public static final QName REPORT = dav("report");

  // RFC 5397 section 3 and RFC 3744 section 4: principals.
  public static final QName CURRENT_USER_PRINCIPAL = dav("current-user-principal");
  public static final QName PRINCIPAL = dav("principal");
  public static final QName PRINCIPAL_URL = dav("principal-URL");
  public static final QName OWNER = dav("owner");

  // RFC 3744 sections 3, 5 and 7.1.1: privileges.
  public static final QName CURRENT_USER_PRIVILEGE_SET = dav("current-user-privilege-set");
  public static final QName SUPPORTED_PRIVILEGE_SET = dav("supported-privilege-set");
  public static final QName PRIVILEGE = dav("privilege");
  public static final QName READ = dav("read");
  public static final QName WRITE = dav("write");
  public static final QName WRITE_PROPERTIES = dav("write-properties");
  public static final QName WRITE_CONTENT = dav("write-content");
  public static final QName BIND = dav("bind");
  public static final QName UNBIND = dav("unbind");
  public static final QName READ_CURRENT_USER_PRIVILEGE_SET =
      dav("read-current-user-privilege-set");
  public static final QName WRITE_ACL = dav("write-acl");
  public static final QName ALL = dav("all");
  public static final QName UNAUTHENTICATED = dav("unauthenticated");
  public static final QName NEED_PRIVILEGES = dav("need-privileges");

  // RFC 4918 section 16 and RFC 5689 section 3: preconditions of PROPFIND, PROPPATCH and MKCOL.
  public static final QName PROPFIND_FINITE_DEPTH = dav("propfind-finite-depth");
  public static final QName CANNOT_MODIFY_PROTECTED_PROPERTY = dav("cannot-modify-protected-property");
  public static final QName RESOURCE_MUST_BE_NULL = dav("resource-must-be-null");
  public static final QName VALID_RESOURCETYPE = dav("valid-resourcetype");

  // RFC 5842 section 3.1: resource-id.
  public static final QName RESOURCE_ID = dav("resource-id");

  // RFC 4331 section 3 and 4: quota.
  public static final QName QUOTA_AVAILABLE_BYTES = dav("quota-available-bytes");
  public static final QName QUOTA_USED_BYTES = dav("quota-used-bytes");

  // RFC 5995 section 3.2: POST to add a member.
  public static final QName ADD_MEMBER = dav("add-member");

  // RFC 4791 sections 4.2, 5.2 and 6.2: calendar collections and their properties.
  public static final QName CALENDAR = caldav("calendar");
  public static final QName CALENDAR_HOME_SET = caldav("calendar-home-set");
  public static final QName CALENDAR_DESCRIPTION = caldav("calendar-description");
  public static final QName CALENDAR_TIMEZONE = caldav("calendar-timezone");
  public static final QName SUPPORTED_CALENDAR_COMPONENT_SET =
      caldav("supported-calendar-component-set");
  public static final QName COMP = caldav("comp");
  public static final QName SUPPORTED_CALENDAR_DATA = caldav("supported-calendar-data");
  public static final QName CALDAV_MAX_RESOURCE_SIZE = caldav("max-resource-size");
  public static final QName MIN_DATE_TIME = caldav("min-date-time");
  public static final QName MAX_DATE_TIME = caldav("max-date-time");
  public static final QName MAX_INSTANCES = caldav("max-instances");

  // RFC 6638 sections 2.1 to 2.4: scheduling properties.
  public static final QName CALENDAR_USER_ADDRESS_SET = caldav("calendar-user-address-set");
  public static final QName SCHEDULE_INBOX_URL = caldav("schedule-inbox-URL");
  public static final QName SCHEDULE_OUTBOX_URL = caldav("schedule-outbox-URL");
  public static final QName CALENDAR_USER_TYPE = caldav("calendar-user-type");

  // RFC 4791 section 6.1.1: CalDAV privilege.
  public static final QName READ_FREE_BUSY = caldav("read-free-busy");

  // RFC 4791 sections 5.3.1 and 7: MKCALENDAR and REPORT bodies.
  public static final QName MKCALENDAR = caldav("mkcalendar");
  public static final QName CALENDAR_MULTIGET = caldav("calendar-multiget");
  public static final QName CALENDAR_QUERY = caldav("calendar-query");
  public static final QName FREE_BUSY_QUERY = caldav("free-busy-query");

  // RFC 4791 section 9.6: calendar-data in a request and a response.
  public static final QName CALENDAR_DATA = caldav("calendar-data");
  public static final QName CALDAV_PROP = caldav("prop");
  public static final QName EXPAND = caldav("expand");
  public static final QName LIMIT_RECURRENCE_SET = caldav("limit-recurrence-set");
  public static final QName LIMIT_FREEBUSY_SET = caldav("limit-freebusy-set");

  // RFC 4791 sections 9.7 to 9.9: calendar-query filters.
  public static final QName FILTER = caldav("filter");
  public static final QName COMP_FILTER = caldav("comp-filter");
  public static final QName PROP_FILTER = caldav("prop-filter");
  public static final QName PARAM_FILTER = caldav("param-filter");
  public static final QName TEXT_MATCH = caldav("text-match");
  public static final QName IS_NOT_DEFINED = caldav("is-not-defined");
  public static final QName TIME_RANGE = caldav("time-range");
  public static final QName TIMEZONE = caldav("timezone");

  // RFC 4791 sections 5.3.1.1, 5.3.2.1 and 7.8: CalDAV preconditions.
  public static final QName VALID_CALENDAR_DATA = caldav("valid-calendar-data");
  public static final QName VALID_CALENDAR_OBJECT_RESOURCE =
      caldav("valid-calendar-object-resource");
  public static final QName SUPPORTED_CALENDAR_COMPONENT = caldav("supported-calendar-component");
  public static final QName NO_UID_CONFLICT = caldav("no-uid-conflict");
  public static final QName VALID_FILTER = caldav("valid-filter");
  public static final QName SUPPORTED_FILTER = caldav("supported-filter");
  public static final QName SUPPORTED_COLLATION = caldav("supported-collation");
  public static final QName CALENDAR_COLLECTION_LOCATION_OK =
      caldav("calendar-collection-location-ok");
  public static final QName VALID_CALENDAR_TIMEZONE = caldav("valid-calendar-timezone");
  public static final QName INITIALIZE_CALENDAR_COLLECTION =
      caldav("initialize-calendar-collection");

  // RFC 6352 sections 5.2, 6.2 and 10.3: address books.
  public static final QName ADDRESSBOOK = carddav("addressbook");
  public static final QName ADDRESSBOOK_HOME_SET = carddav("addressbook-home-set");
  public static final QName ADDRESSBOOK_DESCRIPTION = carddav("addressbook-description");
  public static final QName SUPPORTED_ADDRESS_DATA = carddav("supported-address-data");
  public static final QName ADDRESS_DATA = carddav("address-data");
  public static final QName CARDDAV_MAX_RESOURCE_SIZE = carddav("max-resource-size");
  public static final QName ADDRESS_DATA_TYPE = carddav("address-data-type");

  // RFC 6352 sections 8.6, 8.7 and 10.4 to 10.6: address-book reports, address-data and filters.
  public static final QName ADDRESSBOOK_QUERY = carddav("addressbook-query");
  public static final QName ADDRESSBOOK_MULTIGET = carddav("addressbook-multiget");
  public static final QName CARDDAV_PROP = carddav("prop");
  public static final QName CARDDAV_FILTER = carddav("filter");
  public static final QName CARDDAV_PROP_FILTER = carddav("prop-filter");
  public static final QName CARDDAV_PARAM_FILTER = carddav("param-filter");
  public static final QName CARDDAV_TEXT_MATCH = carddav("text-match");
  public static final QName CARDDAV_IS_NOT_DEFINED = carddav("is-not-defined");
  public static final QName CARDDAV_LIMIT = carddav("limit");
  public static final QName CARDDAV_NRESULTS = carddav("nresults");

  // RFC 6352 sections 5.3.2.1, 6.3.1 and 8.6: CardDAV preconditions.
  public static final QName ADDRESSBOOK_COLLECTION_LOCATION_OK =
      carddav("addressbook-collection-location-ok");
  public static final QName CARDDAV_SUPPORTED_FILTER = carddav("supported-filter");
  public static final QName CARDDAV_SUPPORTED_COLLATION = carddav("supported-collation");

  // CalendarServer getctag: the collection version iOS, macOS and DAVx5 poll before syncing.
  public static final QName GETCTAG = new QName(Namespaces.CALENDARSERVER, "getctag");

  // Apple iCal properties that Apple clients, DAVx5 and Thunderbird use for colour and order.
  public static final QName CALENDAR_COLOR = new QName(Namespaces.APPLE_ICAL, "calendar-color");
  public static final QName CALENDAR_ORDER = new QName(Namespaces.APPLE_ICAL, "calendar-order");

  // draft-pot-webdav-resource-sharing section 5.1 (as sabre/dav names it): may share the resource.
  public static final QName SHARE_PRIVILEGE = dav("share");

  // CalendarServer sharing (caldav-sharing.txt section 5.2): resource types of a shared collection,
  // as the sharee sees it and as its owner does.
  public static final QName CS_SHARED = new QName(Namespaces.CALENDARSERVER, "shared");
  public static final QName CS_SHARED_OWNER = new QName(Namespaces.CALENDARSERVER, "shared-owner");

  // CalendarServer sharing (caldav-sharing.txt section 5.3.1): the POST body of a share change.
  public static final QName CS_SHARE = new QName(Namespaces.CALENDARSERVER, "share");
  public static final QName CS_SET = new QName(Namespaces.CALENDARSERVER, "set");
  public static final QName CS_REMOVE = new QName(Namespaces.CALENDARSERVER, "remove");
  public static final QName CS_READ = new QName(Namespaces.CALENDARSERVER, "read");
  public static final QName CS_READ_WRITE = new QName(Namespaces.CALENDARSERVER, "read-write");

  // CalendarServer sharing (caldav-sharing.txt sections 5.2 and 5.3.2): who a collection is shared
  // with, and whether it may be shared at all.
  public static final QName CS_INVITE = new QName(Namespaces.CALENDARSERVER, "invite");
  public static final QName CS_USER = new QName(Namespaces.CALENDARSERVER, "user");
  public static final QName CS_ACCESS = new QName(Namespaces.CALENDARSERVER, "access");
  public static final QName CS_INVITE_ACCEPTED =
      new QName(Namespaces.CALENDARSERVER, "invite-accepted");
  public static final QName CS_ALLOWED_SHARING_MODES =
      new QName(Namespaces.CALENDARSERVER, "allowed-sharing-modes");
  public static final QName CS_CAN_BE_SHARED =
      new QName(Namespaces.CALENDARSERVER, "can-be-shared");

  // draft-pot-webdav-resource-sharing section 5: the invite and share-access properties.
  public static final QName INVITE = dav("invite");
  public static final QName INVITE_ACCEPTED = dav("invite-accepted");
  public static final QName SHARED_OWNER = dav("shared-owner");
  public static final QName NOT_SHARED = dav("not-shared");

  // draft-pot-webdav-resource-sharing sections 4.4 and 5: the POST body and the access values.
  public static final QName SHARE_RESOURCE = dav("share-resource");
  public static final QName SHAREE = dav("sharee");
  public static final QName SHARE_ACCESS = dav("share-access");
  public static final QName READ_WRITE = dav("read-write");
  public static final QName NO_ACCESS = dav("no-access");

  // Partage: the human sentence inside DAV:error bodies.
  public static final QName MESSAGE = new QName(Namespaces.PARTAGE, "message");

  private DavNames() {}

  private static QName dav(String localName) {
    return new QName(Namespaces.DAV, localName);
  }

  private static QName caldav(String localName) {
    return new QName(Namespaces.CALDAV, localName);
  }

  private static QName carddav(String localName) {
    return new QName(Namespaces.CARDDAV, localName);
  }
}
