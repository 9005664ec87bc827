package dev.partage.dav.request;

import dev.partage.dav.caldav.filter.CompFilter;
import dev.partage.dav.caldav.filter.TimeRange;
import dev.partage.dav.carddav.filter.CardFilter;
import java.util.List;
import javax.xml.namespace.QName;

/** A REPORT body, one record per supported report. */
public sealed interface ReportRequest {

  /**
   * CALDAV:calendar-multiget (RFC 4791 section 7.9).
   *
   * @param calendarData null when calendar-data is not among the properties
   * @param hrefs the DAV:href values as sent, still percent-encoded
   */
  record CalendarMultiget(
      List<QName> properties, CalendarDataRequest calendarData, List<String> hrefs)
      implements ReportRequest {
    public CalendarMultiget {
      properties = List.copyOf(properties);
      hrefs = List.copyOf(hrefs);
    }
  }

  /**
   * CALDAV:calendar-query (RFC 4791 section 7.8).
   *
   * @param calendarData null when calendar-data is not among the properties
   * @param filter the filter, rooted at a VCALENDAR comp-filter
   * @param timezone the CALDAV:timezone VCALENDAR text for floating times (section 9.8), or null
   */
  record CalendarQuery(
      List<QName> properties, CalendarDataRequest calendarData, CompFilter filter, String timezone)
      implements ReportRequest {
    public CalendarQuery {
      properties = List.copyOf(properties);
    }
  }

  /**
   * DAV:sync-collection (RFC 6578 section 3.2).
   *
   * @param syncToken the client's token; "" asks for an initial synchronization
   * @param infiniteDepth true for sync-level infinite, false for 1
   * @param limit the DAV:nresults the client can take (section 3.7), or null
   */
  record SyncCollection(
      String syncToken, boolean infiniteDepth, Integer limit, List<QName> properties)
      implements ReportRequest {
    public SyncCollection {
      properties = List.copyOf(properties);
    }
  }

  /**
   * CARDDAV:addressbook-multiget (RFC 6352 section 8.7).
   *
   * @param addressData null when address-data is not among the properties
   * @param hrefs the DAV:href values as sent, still percent-encoded
   */
  record AddressbookMultiget(
      List<QName> properties, AddressDataRequest addressData, List<String> hrefs)
      implements ReportRequest {
    public AddressbookMultiget {
      properties = List.copyOf(properties);
      hrefs = List.copyOf(hrefs);
    }
  }

  /**
   * CARDDAV:addressbook-query (RFC 6352 section 8.6).
   *
   * @param addressData null when address-data is not among the properties
   * @param limit the CARDDAV:nresults the client wants at most (section 8.6.1), or null
   */
  record AddressbookQuery(
      List<QName> properties, AddressDataRequest addressData, CardFilter filter, Integer limit)
      implements ReportRequest {
    public AddressbookQuery {
      properties = List.copyOf(properties);
    }
  }

  /** CALDAV:free-busy-query (RFC 4791 section 7.10). */
  record FreeBusyQuery(TimeRange range) implements ReportRequest {}
}
