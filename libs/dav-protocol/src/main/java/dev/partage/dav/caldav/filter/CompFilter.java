package dev.partage.dav.caldav.filter;

import java.util.List;

/**
 * CALDAV:comp-filter (RFC 4791 section 9.7.1). The root of a calendar-query filter is a
 * comp-filter named VCALENDAR.
 */
public record CompFilter(
    String name,
    boolean isNotDefined,
    TimeRange timeRange,
    List<PropFilter> propFilters,
    List<CompFilter> compFilters) {

  public CompFilter {
    propFilters = propFilters == null ? List.of() : List.copyOf(propFilters);
    compFilters = compFilters == null ? List.of() : List.copyOf(compFilters);
  }

  /** A filter that matches every calendar object resource. */
  public static CompFilter matchAll() {
    return new CompFilter("VCALENDAR", false, null, List.of(), List.of());
  }
}
