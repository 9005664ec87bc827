package dev.partage.contracts.collection;

import dev.partage.dav.caldav.filter.CompFilter;
import dev.partage.dav.caldav.filter.TimeRange;

/**
 * A calendar-query (RFC 4791 section 7.8).
 *
 * @param expand when set, recurring objects come back expanded to this range (section 9.6.5)
 * @param limitRecurrenceSet when set, only overrides that overlap this range are kept (9.6.6)
 * @param withData false when the client asked for no calendar-data (only hrefs and etags)
 */
public record QueryRequest(
    CompFilter filter, TimeRange expand, TimeRange limitRecurrenceSet, boolean withData) {}
