package dev.partage.dav.carddav.filter;

import dev.partage.dav.caldav.filter.ParamFilter;
import dev.partage.dav.caldav.filter.TextMatch;
import java.util.List;

/**
 * CARDDAV:prop-filter (RFC 6352 section 10.5.1): a vCard property that is not defined, or whose
 * text-matches and param-filters pass, combined by {@code test}. A prop-filter with neither only asks
 * that the property exists. CardDAV's param-filter has the shape of CalDAV's (section 10.5.2).
 */
public record CardPropFilter(
    String name,
    FilterTest test,
    boolean isNotDefined,
    List<TextMatch> textMatches,
    List<ParamFilter> paramFilters) {

  public CardPropFilter {
    test = test == null ? FilterTest.ANY_OF : test;
    textMatches = textMatches == null ? List.of() : List.copyOf(textMatches);
    paramFilters = paramFilters == null ? List.of() : List.copyOf(paramFilters);
  }
}
