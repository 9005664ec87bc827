package dev.partage.dav.request;

import dev.partage.dav.caldav.filter.CompFilter;
import dev.partage.dav.xml.DavException;
import dev.partage.dav.xml.DavNames;
import dev.partage.dav.xml.XmlElement;

/** CALDAV:calendar-query (RFC 4791 section 9.5). */
final class CalendarQueryParser implements ReportBodyParser {

  @Override
  public ReportRequest parse(XmlElement body) {
    XmlElement filterElement = body.child(DavNames.FILTER);
    if (filterElement == null) {
      throw new DavException(
          400, DavNames.VALID_FILTER, "A calendar-query must hold a CALDAV:filter element.");
    }
    CompFilter filter = CalendarFilterParser.parse(filterElement);
    XmlElement prop = body.child(DavNames.PROP);
    XmlElement timezone = body.child(DavNames.TIMEZONE);
    return new ReportRequest.CalendarQuery(
        PropNames.of(prop),
        CalendarDataRequestParser.parse(prop),
        filter,
        timezone == null ? null : timezone.rawText());
  }
}
