package dev.partage.ical;

import dev.partage.dav.caldav.filter.TimeRange;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** Computes {@link InstanceIndex}: the object's instances up to a horizon, as UTC periods. */
final class InstanceIndexer {

  private InstanceIndexer() {}

  static InstanceIndex index(CalendarObject object, Instant horizon) {
    ObjectIndex whole = object.index();
    boolean endsBeforeHorizon = whole.lastEnd() != null && !whole.lastEnd().isAfter(horizon);
    // Past the horizon the rows would only cost space; the query then falls back to the matcher.
    TimeRange window = endsBeforeHorizon ? null : new TimeRange(null, horizon);
    Expansion expansion = OccurrenceExpander.expand(object, window, ZoneOffset.UTC);
    if (expansion.occurrences().size() >= OccurrenceExpander.MAX_INSTANCES) {
      // The expansion may have stopped at its cap before the horizon: the list would have holes.
      return InstanceIndex.inexact();
    }
    List<InstancePeriod> periods = new ArrayList<>();
    for (Occurrence occurrence : expansion.occurrences()) {
      Span span = occurrence.span();
      if (!isPlainPeriod(span)) {
        return InstanceIndex.inexact();
      }
      periods.add(new InstancePeriod(span.start(), span.end()));
    }
    return new InstanceIndex(
        true, periods.stream().distinct().toList(), endsBeforeHorizon ? null : horizon);
  }

  /**
   * True for the spans {@link InstancePeriod}'s overlap rule reproduces: a half-open period or an
   * instant, in absolute time. Floating and all-day spans move with the query's time zone (RFC 4791
   * section 9.9), and the VTODO/VFREEBUSY rows with inclusive bounds follow other rules.
   */
  private static boolean isPlainPeriod(Span span) {
    if (span.start() == null || span.end() == null || span.floating()) {
      return false;
    }
    boolean instant = span.start().equals(span.end());
    return !span.startReachedByRangeEnd()
        && span.endReachedByRangeStart() == instant
        && !span.end().isBefore(span.start());
  }
}
