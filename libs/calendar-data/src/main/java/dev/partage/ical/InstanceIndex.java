package dev.partage.ical;

import java.time.Instant;
import java.util.List;

/**
 * Every instance of a calendar object resource as a UTC period, computed once when the object is
 * stored so that the common time-range query (RFC 4791 section 9.9) is answered without parsing it.
 *
 * @param exact true when an overlap test on {@link #periods} decides exactly whether the object
 *     matches a time-range on its component; false when the object must go through {@link
 *     CalendarFilterMatcher} (floating or all-day times, whose UTC position depends on the query's
 *     time zone; VTODO and VFREEBUSY rows with other bound rules; a series past the expansion cap)
 * @param periods the instances starting before {@code coveredUntil}, all of them when it is null;
 *     empty when not exact
 * @param coveredUntil null when {@code periods} holds every instance; else the horizon the
 *     expansion stopped at, past which the list says nothing (an RRULE without end)
 */
public record InstanceIndex(boolean exact, List<InstancePeriod> periods, Instant coveredUntil) {

  public InstanceIndex {
    periods = List.copyOf(periods);
  }

  static InstanceIndex inexact() {
    return new InstanceIndex(false, List.of(), null);
  }
}
