package dev.partage.ical;

import java.time.Instant;

/**
 * The time one instance of a calendar component occupies, in UTC: {@code [start, end)}, or the
 * single instant {@code start} when both are equal. A time-range {@code [rangeStart, rangeEnd)}
 * overlaps it when {@code start < rangeEnd} and either {@code end > rangeStart} or, for an instant,
 * {@code start >= rangeStart}: the VEVENT rows of the RFC 4791 section 9.9 table.
 */
public record InstancePeriod(Instant start, Instant end) {}
