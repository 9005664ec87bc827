package dev.partage.dav.request;

import dev.partage.dav.caldav.filter.TimeRange;
import dev.partage.dav.xml.DavException;
import dev.partage.dav.xml.DavNames;
import dev.partage.dav.xml.XmlElement;

/** CALDAV:free-busy-query (RFC 4791 section 9.11): one time-range, required. */
final class FreeBusyQueryParser implements ReportBodyParser {

  @Override
  public ReportRequest parse(XmlElement body) {
    XmlElement timeRange = body.child(DavNames.TIME_RANGE);
    if (timeRange == null) {
      throw DavException.badRequest("A free-busy-query must hold a CALDAV:time-range.");
    }
    TimeRange range = TimeRangeParser.parse(timeRange, null);
    return new ReportRequest.FreeBusyQuery(range);
  }
}
