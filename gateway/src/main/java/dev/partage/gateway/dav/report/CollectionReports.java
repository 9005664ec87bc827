package dev.partage.gateway.dav.report;

import dev.partage.dav.request.ReportRequest;
import dev.partage.dav.xml.DavException;
import dev.partage.dav.xml.DavNames;
import dev.partage.gateway.dav.property.CollectionProperties;
import dev.partage.gateway.dav.routing.HomeKind;
import io.quarkus.arc.All;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.xml.namespace.QName;

/**
 * The report of each parsed REPORT body type, and the one place that checks that the collection
 * advertises it (DAV:supported-report-set, so that what runs is exactly what is listed) and that
 * the user holds its privilege.
 */
@ApplicationScoped
public class CollectionReports {

  private final Map<Class<?>, CollectionReport<?>> byType = new HashMap<>();

  public CollectionReports(@All List<CollectionReport<?>> reports) {
    for (CollectionReport<?> report : reports) {
      byType.put(report.type(), report);
    }
  }

  /** The names of the reports served, for checking DAV:supported-report-set against them. */
  public Set<QName> names() {
    return byType.values().stream().map(CollectionReport::name).collect(Collectors.toSet());
  }

  public Response run(ReportScope scope, ReportRequest request) {
    return runTyped(scope, request, byType.get(request.getClass()));
  }

  private static <T extends ReportRequest> Response runTyped(
      ReportScope scope, ReportRequest request, CollectionReport<T> report) {
    HomeKind kind = scope.target().kind();
    if (report == null || !CollectionProperties.reports(kind).contains(report.name())) {
      // RFC 3253 section 3.6.
      throw DavException.forbidden(
          DavNames.SUPPORTED_REPORT,
          "This report is not supported on "
              + kind.collectionNoun()
              + "s; see their DAV:supported-report-set.");
    }
    scope.request().access().require(report.requiredPrivilege());
    return report.run(scope, report.type().cast(request));
  }
}
