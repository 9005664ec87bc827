package dev.partage.gateway.dav.property;

import dev.partage.contracts.collection.CollectionDto;
import dev.partage.dav.response.HttpDates;
import dev.partage.dav.response.PropValue;
import dev.partage.dav.xml.DavNames;
import dev.partage.dav.xml.XmlElement;
import dev.partage.gateway.dav.access.Access;
import dev.partage.gateway.dav.request.BodyLimits;
import dev.partage.gateway.dav.routing.DavUrls;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.xml.namespace.QName;

/** A calendar or task list (RFC 4791 sections 4.2 and 5.2, RFC 6578, CalendarServer ctag). */
public final class CollectionProperties {

  /** The reports a calendar answers, one handler each in the report package. */
  public static final List<QName> REPORTS =
      List.of(
          DavNames.CALENDAR_MULTIGET,
          DavNames.CALENDAR_QUERY,
          DavNames.FREE_BUSY_QUERY,
          DavNames.SYNC_COLLECTION);

  /** The live properties a client may change with PROPPATCH or set in MKCALENDAR. */
  public static final Set<QName> WRITABLE =
      Set.of(
          DavNames.DISPLAYNAME,
          DavNames.CALENDAR_DESCRIPTION,
          DavNames.CALENDAR_COLOR,
          DavNames.CALENDAR_ORDER,
          DavNames.CALENDAR_TIMEZONE);

  /**
   * The properties the server computes, which PROPPATCH and MKCALENDAR refuse to set (RFC 4918
   * section 16, cannot-modify-protected-property): every live property of a calendar but the
   * writable ones, and the RFC 4918 section 15 ones a calendar lacks.
   */
  public static final Set<QName> PROTECTED =
      Set.of(
          DavNames.RESOURCETYPE,
          DavNames.SUPPORTED_CALENDAR_COMPONENT_SET,
          DavNames.SUPPORTED_CALENDAR_DATA,
          DavNames.CALDAV_MAX_RESOURCE_SIZE,
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
          DavNames.CREATIONDATE);

  private CollectionProperties() {}

  /**
   * @param href the collection's URL in the requesting user's home
   * @param user the authenticated user
   * @param access what that user may do on the collection
   */
  public static PropertyMap of(String href, CollectionDto collection, String user, Access access) {
    String syncToken = SyncTokens.format(collection.syncRevision());
    return new PropertyMap(href)
        .put(
            DavNames.RESOURCETYPE,
            () -> PropertyValues.resourceType(DavNames.COLLECTION, DavNames.CALENDAR))
        .putText(DavNames.DISPLAYNAME, collection.displayName())
        .putText(DavNames.CALENDAR_DESCRIPTION, collection.description())
        .putText(DavNames.CALENDAR_COLOR, collection.color())
        .putText(
            DavNames.CALENDAR_ORDER,
            collection.order() == null ? null : collection.order().toString())
        .putText(DavNames.CALENDAR_TIMEZONE, collection.timezone())
        .put(DavNames.SUPPORTED_CALENDAR_COMPONENT_SET, () -> componentSet(collection.components()))
        .put(DavNames.SUPPORTED_CALENDAR_DATA, CollectionProperties::supportedCalendarData)
        .putText(DavNames.CALDAV_MAX_RESOURCE_SIZE, Integer.toString(BodyLimits.MAX_RESOURCE_SIZE))
        .putText(DavNames.GETCTAG, syncToken)
        .putText(DavNames.SYNC_TOKEN, syncToken)
        .put(DavNames.SUPPORTED_REPORT_SET, () -> PropertyValues.supportedReports(REPORTS))
        .put(DavNames.CURRENT_USER_PRIVILEGE_SET, () -> PropertyValues.privilegeSet(access))
        .put(DavNames.OWNER, () -> PropValue.href(DavUrls.principal(collection.owner())))
        .put(DavNames.CURRENT_USER_PRINCIPAL, () -> PropValue.href(DavUrls.principal(user)))
        .putText(
            DavNames.GETLASTMODIFIED,
            collection.updatedAt() == null ? null : HttpDates.format(collection.updatedAt()))
        .putDead(collection.deadProperties());
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
    return PropValue.elements(
        new XmlElement(
            DavNames.CALENDAR_DATA,
            Map.of(new QName("content-type"), "text/calendar", new QName("version"), "2.0"),
            List.of(),
            ""));
  }
}
