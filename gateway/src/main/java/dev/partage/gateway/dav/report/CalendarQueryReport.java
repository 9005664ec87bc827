package dev.partage.gateway.dav.report;

import dev.partage.contracts.collection.ObjectData;
import dev.partage.contracts.collection.QueryRequest;
import dev.partage.dav.request.CalendarDataRequest;
import dev.partage.dav.request.ReportRequest.CalendarQuery;
import dev.partage.dav.response.MultistatusWriter;
import dev.partage.dav.xml.DavNames;
import dev.partage.gateway.backend.CollectionRef;
import dev.partage.gateway.dav.access.DavPrivilege;
import dev.partage.gateway.dav.error.XmlResponses;
import dev.partage.gateway.dav.request.Depth;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import java.util.List;
import javax.xml.namespace.QName;

/**
 * CALDAV:calendar-query (RFC 4791 section 7.8): the service evaluates the filter, with its index,
 * and expands recurrences when asked (section 9.6.5).
 */
@ApplicationScoped
public class CalendarQueryReport implements CollectionReport<CalendarQuery> {

  @Override
  public Class<CalendarQuery> type() {
    return CalendarQuery.class;
  }

  @Override
  public QName name() {
    return DavNames.CALENDAR_QUERY;
  }

  @Override
  public DavPrivilege requiredPrivilege() {
    return DavPrivilege.READ;
  }

  @Override
  public Response run(ReportScope scope, CalendarQuery report) {
    // Depth 0 applies the query to the calendar itself, which is no calendar object (section
    // 7.8); a missing Depth is read as 1, since a query on the collection alone never matches.
    if (scope.request().depth(Depth.ONE) == Depth.ZERO) {
      return XmlResponses.multistatus(new MultistatusWriter().finish());
    }
    CalendarDataRequest data = report.calendarData();
    QueryRequest query =
        new QueryRequest(
            report.filter(),
            data == null ? null : data.expand(),
            data == null ? null : data.limitRecurrenceSet(),
            data != null,
            report.timezone());
    CollectionRef collection = scope.collection();
    List<ObjectData> matches = collection.api().query(collection.id(), query);
    return XmlResponses.multistatus(
        ObjectResponses.write(new MultistatusWriter(), scope, matches, report.properties())
            .finish());
  }
}
