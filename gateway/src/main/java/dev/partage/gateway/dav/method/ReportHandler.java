package dev.partage.gateway.dav.method;

import dev.partage.dav.request.ReportParser;
import dev.partage.dav.request.ReportRequest;
import dev.partage.dav.xml.DavException;
import dev.partage.dav.xml.DavNames;
import dev.partage.gateway.dav.access.DavPrivilege;
import dev.partage.gateway.dav.report.CollectionReports;
import dev.partage.gateway.dav.report.ReportScope;
import dev.partage.gateway.dav.request.DavRequest;
import dev.partage.gateway.dav.routing.DavTarget;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;

/** REPORT (RFC 3253 section 3.6): parses the body and hands it to the report of its type. */
@ApplicationScoped
public class ReportHandler implements DavMethodHandler {

  private final CollectionReports reports;

  public ReportHandler(CollectionReports reports) {
    this.reports = reports;
  }

  @Override
  public String method() {
    return "REPORT";
  }

  /** The least any report needs; each report then checks its own in {@link CollectionReports}. */
  @Override
  public DavPrivilege requiredPrivilege() {
    return DavPrivilege.READ_FREE_BUSY;
  }

  @Override
  public Response handle(DavRequest request) {
    ReportRequest report = ReportParser.parse(request.xmlBody());
    if (!(request.target() instanceof DavTarget.Collection target)) {
      throw DavException.forbidden(
          DavNames.SUPPORTED_REPORT,
          "Reports run on a calendar or an address book; this resource supports none. Send the"
              + " REPORT to one of them.");
    }
    return reports.run(new ReportScope(request, target, request.existingCollection()), report);
  }
}
