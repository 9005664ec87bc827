package dev.partage.dav.request;

import dev.partage.dav.caldav.filter.TimeRange;

/**
 * A CALDAV:calendar-data element among the requested properties (RFC 4791 section 9.6).
 *
 * @param expand when set, recurring components come back as one instance each within this range
 *     (section 9.6.5); null otherwise
 * @param limitRecurrenceSet when set, only overridden instances overlapping this range are kept
 *     (section 9.6.6); null otherwise
 */
public record CalendarDataRequest(TimeRange expand, TimeRange limitRecurrenceSet) {

  /** The whole calendar object, as requested by an empty calendar-data element. */
  public static CalendarDataRequest whole() {
    return new CalendarDataRequest(null, null);
  }
}
