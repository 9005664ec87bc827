package dev.partage.dav.caldav.filter;

import java.time.Instant;

/**
 * A CALDAV:time-range (RFC 4791 section 9.9): start inclusive, end exclusive, either side open
 * when null.
 */
public record TimeRange(Instant start, Instant end) {

  public TimeRange {
    if (start != null && end != null && !end.isAfter(start)) {
      throw new IllegalArgumentException("time-range end must be after its start");
    }
  }

  /** True when [otherStart, otherEnd) overlaps this range; null ends mean unbounded. */
  public boolean overlaps(Instant otherStart, Instant otherEnd) {
    boolean startsBeforeEnd = end == null || otherStart == null || otherStart.isBefore(end);
    boolean endsAfterStart = start == null || otherEnd == null || otherEnd.isAfter(start);
    return startsBeforeEnd && endsAfterStart;
  }
}
