package dev.partage.contracts.collection;

import dev.partage.dav.caldav.filter.CompFilter;
import dev.partage.dav.caldav.filter.TimeRange;

/**
 * A calendar-query (RFC 4791 section 7.8).
 *
 * @param expand when set, recurring objects come back expanded to this range (section 9.6.5)
 * @param limitRecurrenceSet when set, only overrides that overlap this range are kept (9.6.6)
 * @param withData false when the client asked for no calendar-data (only hrefs and etags)
 * @param timezone the query's CALDAV:timezone (a VCALENDAR with one VTIMEZONE, section 9.8), in
 *     which floating times are read; null: the calendar's own calendar-timezone applies
 */
public record QueryRequest(
    CompFilter filter, TimeRange expand, TimeRange limitRecurrenceSet, boolean withData, String timezone) {

  public QueryRequest withTimezone(String zone) {
    return new QueryRequest(filter, expand, limitRecurrenceSet, withData, zone);
  }
}
