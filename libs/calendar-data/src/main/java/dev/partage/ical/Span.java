package dev.partage.ical;

import dev.partage.dav.caldav.filter.TimeRange;
import java.time.Instant;

/**
 * The time one occurrence of a component takes, with the bound rules of the RFC 4791 section 9.9
 * table it came from. A null start or end is open on that side.
 *
 * @param endReachedByRangeStart the range may start exactly at {@code end} and still match ("start
 *     <= DTEND" rather than "start < DTEND")
 * @param startReachedByRangeEnd the range may end exactly at {@code start} and still match ("end >=
 *     DUE" rather than "end > DTSTART")
 * @param floating the times were computed from floating or all-day values
 */
record Span(
    Instant start,
    Instant end,
    boolean endReachedByRangeStart,
    boolean startReachedByRangeEnd,
    boolean floating) {

  /** The usual half-open overlap: (range.start < end AND range.end > start). */
  static Span of(Instant start, Instant end, boolean floating) {
    if (start.equals(end)) {
      return instant(start, floating);
    }
    return new Span(start, end, false, false, floating);
  }

  /** A point in time: (range.start <= t AND range.end > t), RFC 4791 section 9.9. */
  static Span instant(Instant at, boolean floating) {
    return new Span(at, at, true, false, floating);
  }

  /** Matches every range: a VTODO with no date at all (RFC 4791 section 9.9, last table row). */
  static Span always() {
    return new Span(null, null, true, true, false);
  }

  boolean overlaps(TimeRange range) {
    return rangeStartsBeforeEnd(range.start()) && rangeEndsAfterStart(range.end());
  }

  private boolean rangeStartsBeforeEnd(Instant rangeStart) {
    if (rangeStart == null || end == null) {
      return true;
    }
    return endReachedByRangeStart ? !rangeStart.isAfter(end) : rangeStart.isBefore(end);
  }

  private boolean rangeEndsAfterStart(Instant rangeEnd) {
    if (rangeEnd == null || start == null) {
      return true;
    }
    return startReachedByRangeEnd ? !rangeEnd.isBefore(start) : rangeEnd.isAfter(start);
  }
}
