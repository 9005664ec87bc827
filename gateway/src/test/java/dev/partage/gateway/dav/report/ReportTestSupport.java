package dev.partage.gateway.dav.report;

import dev.partage.dav.request.ReportParser;
import dev.partage.dav.xml.SafeXmlReader;
import dev.partage.gateway.backend.CollectionRef;
import dev.partage.gateway.dav.DavRequests;
import dev.partage.gateway.dav.InMemoryCalendar;
import dev.partage.gateway.dav.method.ReportHandler;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;

/** Runs REPORT bodies through the real handler and reports against an in-memory calendar. */
final class ReportTestSupport {

  static final String CALENDAR = "/dav/calendars/ann@example.org/work/";

  private ReportTestSupport() {}

  static CalendarReports reports() {
    return new CalendarReports(
        List.of(
            new CalendarMultigetReport(),
            new CalendarQueryReport(),
            new SyncCollectionReport(),
            new FreeBusyReport()));
  }

  static Response report(InMemoryCalendar api, String depth, String body) {
    CollectionRef work =
        new CollectionRef(InMemoryCalendar.calendar(DavRequests.ANN, "work"), api.api());
    Map<String, String> headers = depth == null ? Map.of() : Map.of("Depth", depth);
    return new ReportHandler(reports()).handle(DavRequests.request(CALENDAR, headers, body, work));
  }

  /** Fails early when a test body is not a valid report, so that failures point at the gateway. */
  static String valid(String body) {
    ReportParser.parse(SafeXmlReader.parse(body));
    return body;
  }
}
