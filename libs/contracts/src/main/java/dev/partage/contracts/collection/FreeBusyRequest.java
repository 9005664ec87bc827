package dev.partage.contracts.collection;

import java.time.Instant;

/** CALDAV:free-busy-query (RFC 4791 section 7.10). */
public record FreeBusyRequest(Instant start, Instant end) {}
