package dev.partage.dav.request;

import dev.partage.dav.xml.DavNames;
import dev.partage.dav.xml.XmlElement;
import java.util.List;

/**
 * CALDAV:calendar-multiget (RFC 4791 section 9.10). Without a DAV:prop (allprop or propname) no
 * property is requested and only the status of each href is reported.
 */
final class CalendarMultigetParser implements ReportBodyParser {

  @Override
  public ReportRequest parse(XmlElement body) {
    List<String> hrefs = RequestBodies.multigetHrefs(body);
    XmlElement prop = body.child(DavNames.PROP);
    return new ReportRequest.CalendarMultiget(
        PropNames.of(prop), CalendarDataRequestParser.parse(prop), hrefs);
  }
}
