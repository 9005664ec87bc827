package dev.partage.dav.request;

import dev.partage.dav.caldav.filter.TimeRange;
import dev.partage.dav.xml.DavException;
import dev.partage.dav.xml.DavNames;
import dev.partage.dav.xml.XmlElement;

/** Reads a CALDAV:calendar-data element inside a report's DAV:prop (RFC 4791 section 9.6). */
final class CalendarDataRequestParser {

  private CalendarDataRequestParser() {}

  /** The calendar-data request in {@code prop}, or null when it does not ask for calendar-data. */
  static CalendarDataRequest parse(XmlElement prop) {
    XmlElement calendarData = prop == null ? null : prop.child(DavNames.CALENDAR_DATA);
    if (calendarData == null) {
      return null;
    }
    requireICalendar(calendarData);
    return new CalendarDataRequest(
        boundedRange(calendarData.child(DavNames.EXPAND)),
        boundedRange(calendarData.child(DavNames.LIMIT_RECURRENCE_SET)));
  }

  /** RFC 4791 section 9.6: only text/calendar version 2.0 is served, and it is the default. */
  private static void requireICalendar(XmlElement calendarData) {
    String contentType = calendarData.attribute("content-type");
    String version = calendarData.attribute("version");
    boolean iCalendar = contentType == null || contentType.equalsIgnoreCase("text/calendar");
    if (!iCalendar || (version != null && !version.equals("2.0"))) {
      throw DavException.forbidden(
          DavNames.SUPPORTED_CALENDAR_DATA,
          "Only calendar-data of type text/calendar, version 2.0, can be returned.");
    }
  }

  /** Sections 9.6.5 and 9.6.6 require both start and end on expand and limit-recurrence-set. */
  private static TimeRange boundedRange(XmlElement element) {
    if (element == null) {
      return null;
    }
    TimeRange range = TimeRangeParser.parse(element, null);
    if (range.start() == null || range.end() == null) {
      throw DavException.badRequest(
          "CALDAV:" + element.name().getLocalPart() + " needs both a start and an end attribute.");
    }
    return range;
  }
}
