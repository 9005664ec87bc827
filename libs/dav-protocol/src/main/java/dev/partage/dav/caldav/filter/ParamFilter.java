package dev.partage.dav.caldav.filter;

/** CALDAV:param-filter (RFC 4791 section 9.7.3). */
public record ParamFilter(String name, boolean isNotDefined, TextMatch textMatch) {}
