package dev.partage.ical;

import dev.partage.dav.caldav.filter.TimeRange;
import java.time.Instant;

/**
 * The columns storage keeps per calendar object resource so that a time-range query reads only
 * candidates. The bounds are conservative: they never exclude an object the exact matcher would
 * accept, whatever time zone the query later chooses for floating times.
 *
 * @param firstStart the earliest instant any instance may touch; null when the component has no
 *     time at all (a VTODO without dates matches every range, RFC 4791 section 9.9)
 * @param lastEnd the latest instant any instance may touch; null when there is no last instance (an
 *     RRULE without COUNT or UNTIL, or more instances than the expansion cap)
 * @param recurring the object has RRULE, RDATE or overridden instances
 */
public record ObjectIndex(
    String uid, String componentType, Instant firstStart, Instant lastEnd, boolean recurring) {

  /**
   * Whether an object with this index may match {@code range}. Both comparisons are inclusive
   * because section 9.9 has rows that match at the very edge ("end >= DUE", "start <= DTEND"):
   * storage should translate exactly this test into SQL.
   */
  public boolean mayOverlap(TimeRange range) {
    boolean startsInTime =
        firstStart == null || range.end() == null || !firstStart.isAfter(range.end());
    boolean endsInTime =
        lastEnd == null || range.start() == null || !lastEnd.isBefore(range.start());
    return startsInTime && endsInTime;
  }
}
