package dev.partage.ical.collections;

import dev.partage.contracts.collection.FreeBusyRequest;
import dev.partage.contracts.collection.ObjectData;
import dev.partage.contracts.collection.QueryRequest;
import dev.partage.dav.caldav.filter.CompFilter;
import dev.partage.dav.caldav.filter.TimeRange;
import dev.partage.ical.CalendarFilterMatcher;
import dev.partage.ical.CalendarObject;
import dev.partage.ical.CalendarTimezone;
import dev.partage.ical.FreeBusyReport;
import dev.partage.ical.RecurrenceExpander;
import dev.partage.storage.service.InstanceQuery;
import dev.partage.storage.service.ObjectQueries;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** calendar-query and free-busy-query over the candidates storage found (RFC 4791 sections 7.8, 7.10). */
@ApplicationScoped
public class ICalendarQueries implements ObjectQueries {

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

  /**
   * The filter clients send most (VCALENDAR > VEVENT > time-range, RFC 4791 section 7.8.1) is
   * decided by the object's instances alone; anything more (a property, an alarm) needs the body.
   */
  @Override
  public Optional<InstanceQuery> instanceQuery(QueryRequest request) {
    if (request.filter() == null || !CalendarFilterMatcher.isTimeRangeOnly(request.filter())) {
      return Optional.empty();
    }
    CompFilter component = request.filter().compFilters().getFirst();
    return Optional.of(new InstanceQuery(component.name().toUpperCase(Locale.ROOT), component.timeRange()));
  }

  @Override
  public List<ObjectData> evaluate(List<ObjectData> candidates, QueryRequest request) {
    CompFilter filter = request.filter() == null ? CompFilter.matchAll() : request.filter();
    ZoneId floating = CalendarTimezone.zoneOf(request.timezone());
    List<ObjectData> matches = new ArrayList<>();
    for (ObjectData candidate : candidates) {
      CalendarObject object = CalendarObject.parse(candidate.data());
      if (CalendarFilterMatcher.matches(object, filter, floating)) {
        matches.add(shaped(candidate, object, request));
      }
    }
    return matches;
  }

  @Override
  public List<ObjectData> present(List<ObjectData> matches, QueryRequest request) {
    boolean transformed = request.withData() && (request.expand() != null || request.limitRecurrenceSet() != null);
    return matches.stream()
        .map(match -> shaped(match, transformed ? CalendarObject.parse(match.data()) : null, request))
        .toList();
  }

  @Override
  public String freeBusy(List<ObjectData> candidates, FreeBusyRequest request) {
    List<CalendarObject> objects = candidates.stream().map(c -> CalendarObject.parse(c.data())).toList();
    return FreeBusyReport.render(objects, request.start(), request.end(), Instant.now());
  }

  /**
   * The calendar-data the client asked for: none, expanded (9.6.5), limited (9.6.6), or as stored;
   * {@code object} is needed only for the two transformations.
   */
  private static ObjectData shaped(ObjectData stored, CalendarObject object, QueryRequest request) {
    if (!request.withData()) {
      return new ObjectData(stored.name(), stored.etag(), stored.contentType(), stored.size(), stored.lastModified(), null);
    }
    String data = stored.data();
    if (request.expand() != null) {
      data = RecurrenceExpander.expand(object, request.expand(), CalendarTimezone.zoneOf(request.timezone()));
    } else if (request.limitRecurrenceSet() != null) {
      data = RecurrenceExpander.limitRecurrenceSet(object, request.limitRecurrenceSet());
    }
    return new ObjectData(stored.name(), stored.etag(), stored.contentType(), stored.size(), stored.lastModified(), data);
  }
}
