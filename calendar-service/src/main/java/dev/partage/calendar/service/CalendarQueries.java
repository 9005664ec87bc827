package dev.partage.calendar.service;

import dev.partage.contracts.collection.FreeBusyRequest;
import dev.partage.contracts.collection.ObjectData;
import dev.partage.contracts.collection.QueryRequest;
import dev.partage.dav.caldav.filter.CompFilter;
import dev.partage.dav.caldav.filter.TimeRange;
import dev.partage.ical.CalendarFilterMatcher;
import dev.partage.ical.CalendarObject;
import dev.partage.ical.FreeBusyReport;
import dev.partage.ical.RecurrenceExpander;
import dev.partage.storage.service.ObjectQueries;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** calendar-query and free-busy-query over the candidates storage found (RFC 4791 sections 7.8, 7.10). */
@ApplicationScoped
public class CalendarQueries implements ObjectQueries {

  /**
   * The time-range of the component filter directly under VCALENDAR, which every match must
   * overlap; deeper filters (an alarm, a property) cannot narrow the object's own span.
   */
  @Override
  public TimeRange candidateWindow(QueryRequest request) {
    CompFilter root = request.filter();
    if (root == null || root.compFilters().size() != 1) {
      return null;
    }
    CompFilter component = root.compFilters().get(0);
    return component.isNotDefined() ? null : component.timeRange();
  }

  @Override
  public List<ObjectData> evaluate(List<ObjectData> candidates, QueryRequest request) {
    CompFilter filter = request.filter() == null ? CompFilter.matchAll() : request.filter();
    List<ObjectData> matches = new ArrayList<>();
    for (ObjectData candidate : candidates) {
      CalendarObject object = CalendarObject.parse(candidate.data());
      if (CalendarFilterMatcher.matches(object, filter)) {
        matches.add(shaped(candidate, object, request));
      }
    }
    return matches;
  }

  @Override
  public String freeBusy(List<ObjectData> candidates, FreeBusyRequest request) {
    List<CalendarObject> objects = candidates.stream().map(c -> CalendarObject.parse(c.data())).toList();
    return FreeBusyReport.render(objects, request.start(), request.end(), Instant.now());
  }

  /** The calendar-data the client asked for: none, expanded (9.6.5), limited (9.6.6), or as stored. */
  private static ObjectData shaped(ObjectData stored, CalendarObject object, QueryRequest request) {
    if (!request.withData()) {
      return new ObjectData(stored.name(), stored.etag(), stored.contentType(), stored.size(), stored.lastModified(), null);
    }
    String data = stored.data();
    if (request.expand() != null) {
      data = RecurrenceExpander.expand(object, request.expand());
    } else if (request.limitRecurrenceSet() != null) {
      data = RecurrenceExpander.limitRecurrenceSet(object, request.limitRecurrenceSet());
    }
    return new ObjectData(stored.name(), stored.etag(), stored.contentType(), stored.size(), stored.lastModified(), data);
  }
}
