package dev.partage.gateway.dav.report;

import dev.partage.contracts.collection.FreeBusyRequest;
import dev.partage.dav.request.ReportRequest.FreeBusyQuery;
import dev.partage.dav.xml.DavNames;
import dev.partage.gateway.backend.CollectionRef;
import dev.partage.gateway.dav.access.DavPrivilege;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import javax.xml.namespace.QName;

/**
 * CALDAV:free-busy-query (RFC 4791 section 7.10): a 200 with a VFREEBUSY, not a multistatus. It
 * needs only CALDAV:read-free-busy, so that a free-busy share can run it.
 */
@ApplicationScoped
public class FreeBusyReport implements CollectionReport<FreeBusyQuery> {

  private static final String CALENDAR_TYPE = "text/calendar; charset=utf-8";

  @Override
  public Class<FreeBusyQuery> type() {
    return FreeBusyQuery.class;
  }

  @Override
  public QName name() {
    return DavNames.FREE_BUSY_QUERY;
  }

  @Override
  public DavPrivilege requiredPrivilege() {
    return DavPrivilege.READ_FREE_BUSY;
  }

  @Override
  public Response run(ReportScope scope, FreeBusyQuery report) {
    CollectionRef collection = scope.collection();
    String freeBusy =
        collection
            .api()
            .freeBusy(
                collection.id(), new FreeBusyRequest(report.range().start(), report.range().end()));
    return Response.ok(freeBusy).type(CALENDAR_TYPE).build();
  }
}
