package dev.partage.dav.carddav.filter;

import java.util.List;

/**
 * CARDDAV:filter (RFC 6352 section 10.5): prop-filters combined by {@code test}. No prop-filter at
 * all matches every card.
 */
public record CardFilter(FilterTest test, List<CardPropFilter> propFilters) {

  public CardFilter {
    test = test == null ? FilterTest.ANY_OF : test;
    propFilters = propFilters == null ? List.of() : List.copyOf(propFilters);
  }

  public static CardFilter matchAll() {
    return new CardFilter(FilterTest.ANY_OF, List.of());
  }
}
