package dev.partage.dav.caldav.filter;

import java.util.List;

/** CALDAV:prop-filter (RFC 4791 section 9.7.2). */
public record PropFilter(
    String name,
    boolean isNotDefined,
    TimeRange timeRange,
    TextMatch textMatch,
    List<ParamFilter> paramFilters) {

  public PropFilter {
    paramFilters = paramFilters == null ? List.of() : List.copyOf(paramFilters);
  }
}
