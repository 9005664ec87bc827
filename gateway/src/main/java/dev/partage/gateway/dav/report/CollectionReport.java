package dev.partage.gateway.dav.report;

import dev.partage.dav.request.ReportRequest;
import dev.partage.gateway.dav.access.DavPrivilege;
import jakarta.ws.rs.core.Response;
import javax.xml.namespace.QName;

/**
 * Runs one kind of REPORT on a calendar or address book; found by {@link CollectionReports} from
 * the parsed body.
 */
public interface CollectionReport<T extends ReportRequest> {

  /** The parsed request type this report answers. */
  Class<T> type();

  /** The report's element, as DAV:supported-report-set lists it. */
  QName name();

  /** The privilege the report needs on the collection. */
  DavPrivilege requiredPrivilege();

  Response run(ReportScope scope, T report);
}
