package dev.partage.dav.request;

import dev.partage.dav.xml.DavException;
import dev.partage.dav.xml.DavNames;
import dev.partage.dav.xml.XmlElement;
import java.util.Map;
import java.util.Set;
import javax.xml.namespace.QName;

/** Reads a REPORT body, choosing the parser by the body's root element. */
public final class ReportParser {

  private static final Map<QName, ReportBodyParser> PARSERS =
      Map.of(
          DavNames.CALENDAR_MULTIGET, new CalendarMultigetParser(),
          DavNames.CALENDAR_QUERY, new CalendarQueryParser(),
          DavNames.SYNC_COLLECTION, new SyncCollectionParser(),
          DavNames.FREE_BUSY_QUERY, new FreeBusyQueryParser(),
          DavNames.ADDRESSBOOK_MULTIGET, new AddressbookMultigetParser(),
          DavNames.ADDRESSBOOK_QUERY, new AddressbookQueryParser());

  private ReportParser() {}

  public static ReportRequest parse(XmlElement body) {
    if (body == null) {
      throw DavException.badRequest("A REPORT needs a body naming the report.");
    }
    ReportBodyParser parser = PARSERS.get(body.name());
    if (parser == null) {
      // RFC 3253 section 3.6: a report the resource does not support fails DAV:supported-report.
      throw DavException.forbidden(
          DavNames.SUPPORTED_REPORT,
          "The report " + RequestBodies.display(body.name()) + " is not supported.");
    }
    return parser.parse(body);
  }

  /** The reports this parser reads, for DAV:supported-report-set. */
  public static Set<QName> supportedReports() {
    return PARSERS.keySet();
  }
}
