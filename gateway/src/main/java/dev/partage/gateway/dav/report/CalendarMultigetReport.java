package dev.partage.gateway.dav.report;

import dev.partage.contracts.collection.MultigetRequest;
import dev.partage.contracts.collection.ObjectData;
import dev.partage.dav.request.ReportRequest.CalendarMultiget;
import dev.partage.dav.response.MultistatusWriter;
import dev.partage.dav.xml.DavNames;
import dev.partage.gateway.backend.CollectionRef;
import dev.partage.gateway.dav.access.DavPrivilege;
import dev.partage.gateway.dav.error.XmlResponses;
import dev.partage.gateway.dav.property.ObjectProperties;
import dev.partage.gateway.dav.routing.DavPaths;
import dev.partage.gateway.dav.routing.DavTarget;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.xml.namespace.QName;

/**
 * CALDAV:calendar-multiget (RFC 4791 section 7.9): every href in one batch call. Each response
 * repeats the href as the client sent it, since clients match answers to requests by string. An
 * href outside this calendar, or of a missing object, gets its own 404 response.
 */
@ApplicationScoped
public class CalendarMultigetReport implements CalendarReport<CalendarMultiget> {

  private static final int NOT_FOUND = 404;

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
    Map<String, String> nameByHref = new LinkedHashMap<>();
    for (String href : report.hrefs()) {
      nameByHref.put(href, memberName(scope, href));
    }
    List<String> names = nameByHref.values().stream().filter(Objects::nonNull).toList();
    Map<String, ObjectData> found = new HashMap<>();
    if (!names.isEmpty()) {
      CollectionRef collection = scope.collection();
      for (ObjectData object :
          collection.api().multiget(collection.id(), new MultigetRequest(names))) {
        found.put(object.name(), object);
      }
    }
    MultistatusWriter multistatus = new MultistatusWriter();
    nameByHref.forEach(
        (href, name) -> {
          ObjectData object = name == null ? null : found.get(name);
          if (object == null) {
            multistatus.responseStatus(href, NOT_FOUND);
          } else {
            multistatus.response(
                href, ObjectProperties.of(href, object).propstats(report.properties()));
          }
        });
    return XmlResponses.multistatus(multistatus.finish());
  }

  /** The object name {@code href} names in this calendar, or null when it names anything else. */
  private static String memberName(ReportScope scope, String href) {
    if (DavPaths.parseHref(href) instanceof DavTarget.CalendarObject object
        && object.owner().equals(scope.target().owner())
        && object.collection().equals(scope.target().name())) {
      return object.name();
    }
    return null;
  }
}
