package dev.partage.gateway.dav.report;

import dev.partage.contracts.collection.MultigetRequest;
import dev.partage.dav.request.ReportRequest.CalendarMultiget;
import dev.partage.dav.xml.DavNames;
import dev.partage.gateway.backend.CollectionRef;
import dev.partage.gateway.dav.access.DavPrivilege;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import javax.xml.namespace.QName;

/** CALDAV:calendar-multiget (RFC 4791 section 7.9), answered by {@link MultigetResponses}. */
@ApplicationScoped
public class CalendarMultigetReport implements CollectionReport<CalendarMultiget> {

  @Override
  public Class<CalendarMultiget> type() {
    return CalendarMultiget.class;
  }

  @Override
  public QName name() {
    return DavNames.CALENDAR_MULTIGET;
  }

  @Override
  public DavPrivilege requiredPrivilege() {
    return DavPrivilege.READ;
  }

  @Override
  public Response run(ReportScope scope, CalendarMultiget report) {
    // The internal multiget has no expand: a calendar-data expand here is answered unexpanded.
    CollectionRef collection = scope.collection();
    return MultigetResponses.of(
        scope,
        report.hrefs(),
        report.properties(),
        names -> collection.api().multiget(collection.id(), new MultigetRequest(names)));
  }
}
