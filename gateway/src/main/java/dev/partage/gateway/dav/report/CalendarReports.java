package dev.partage.gateway.dav.report;

import dev.partage.dav.request.ReportRequest;
import dev.partage.dav.xml.DavException;
import dev.partage.dav.xml.DavNames;
import io.quarkus.arc.All;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.xml.namespace.QName;

/** The report of each parsed REPORT body type, and the one place that checks its privilege. */
@ApplicationScoped
public class CalendarReports {

  private final Map<Class<?>, CalendarReport<?>> byType = new HashMap<>();

  public CalendarReports(@All List<CalendarReport<?>> reports) {
    for (CalendarReport<?> report : reports) {
      byType.put(report.type(), report);
    }
  }

  /** The names of the reports served, for checking DAV:supported-report-set against them. */
  public Set<QName> names() {
    return byType.values().stream().map(CalendarReport::name).collect(Collectors.toSet());
  }

  public Response run(ReportScope scope, ReportRequest request) {
    return runTyped(scope, request, byType.get(request.getClass()));
  }

  private static <T extends ReportRequest> Response runTyped(
      ReportScope scope, ReportRequest request, CalendarReport<T> report) {
    if (report == null) {
      // RFC 3253 section 3.6.
      throw DavException.forbidden(
          DavNames.SUPPORTED_REPORT, "This report is not supported on calendars.");
    }
    scope.request().access().require(report.requiredPrivilege());
    return report.run(scope, report.type().cast(request));
  }
}
