package dev.partage.dav.xml;

/** The XML namespaces the server reads and writes. */
public final class Namespaces {

  /** WebDAV (RFC 4918 section 21). */
  public static final String DAV = "DAV:";

  /** CalDAV (RFC 4791 section 14). */
  public static final String CALDAV = "urn:ietf:params:xml:ns:caldav";

  /** CardDAV (RFC 6352 section 10). */
  public static final String CARDDAV = "urn:ietf:params:xml:ns:carddav";

  /** Apple's CalendarServer extensions (getctag), read by iOS, macOS and DAVx5. */
  public static final String CALENDARSERVER = "http://calendarserver.org/ns/";

  /** Apple iCal extensions (calendar-color, calendar-order). */
  public static final String APPLE_ICAL = "http://apple.com/ns/ical/";

  /** Partage's own elements, such as the human sentence in an error body. */
  public static final String PARTAGE = "urn:partage:dav";

  private Namespaces() {}
}
