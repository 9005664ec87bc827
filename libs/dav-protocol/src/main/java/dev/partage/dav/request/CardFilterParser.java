package dev.partage.dav.request;

import dev.partage.dav.caldav.filter.ParamFilter;
import dev.partage.dav.caldav.filter.TextMatch;
import dev.partage.dav.carddav.filter.CardFilter;
import dev.partage.dav.carddav.filter.CardPropFilter;
import dev.partage.dav.carddav.filter.FilterTest;
import dev.partage.dav.xml.DavNames;
import dev.partage.dav.xml.XmlElement;
import java.util.List;

/**
 * Reads a CARDDAV:filter (RFC 6352 section 10.5). A malformed filter is a 400; an unsupported
 * collation a 403 with CARDDAV:supported-collation (section 8.3).
 */
final class CardFilterParser {

  private static final FilterDialect DIALECT = FilterDialect.CARDDAV;

  private CardFilterParser() {}

  static CardFilter parse(XmlElement filter) {
    return new CardFilter(
        test(filter),
        filter.children(DavNames.CARDDAV_PROP_FILTER).stream()
            .map(CardFilterParser::propFilter)
            .toList());
  }

  /** Section 10.5.1: is-not-defined alone, or text-matches and param-filters under a test. */
  private static CardPropFilter propFilter(XmlElement element) {
    String name = DIALECT.name(element);
    if (element.has(DavNames.CARDDAV_IS_NOT_DEFINED)) {
      DIALECT.requireOnlyIsNotDefined(element, name);
      return new CardPropFilter(name, FilterTest.ANY_OF, true, List.of(), List.of());
    }
    return new CardPropFilter(
        name,
        test(element),
        false,
        element.children(DavNames.CARDDAV_TEXT_MATCH).stream()
            .map(CardFilterParser::textMatch)
            .toList(),
        element.children(DavNames.CARDDAV_PARAM_FILTER).stream()
            .map(CardFilterParser::paramFilter)
            .toList());
  }

  /** Section 10.5.2: is-not-defined or at most one text-match. */
  private static ParamFilter paramFilter(XmlElement element) {
    String name = DIALECT.name(element);
    if (element.has(DavNames.CARDDAV_IS_NOT_DEFINED)) {
      DIALECT.requireOnlyIsNotDefined(element, name);
      return new ParamFilter(name, true, null);
    }
    XmlElement textMatch = element.child(DavNames.CARDDAV_TEXT_MATCH);
    return new ParamFilter(name, false, textMatch == null ? null : textMatch(textMatch));
  }

  private static TextMatch textMatch(XmlElement element) {
    return TextMatchParser.parse(element, DIALECT, matchType(element.attribute("match-type")));
  }

  /** Section 10.5.4: equals, contains (the default), starts-with or ends-with. */
  private static TextMatch.MatchType matchType(String attribute) {
    if (attribute == null) {
      return TextMatch.MatchType.CONTAINS;
    }
    return switch (attribute) {
      case "equals" -> TextMatch.MatchType.EQUALS;
      case "contains" -> TextMatch.MatchType.CONTAINS;
      case "starts-with" -> TextMatch.MatchType.STARTS_WITH;
      case "ends-with" -> TextMatch.MatchType.ENDS_WITH;
      default ->
          throw DIALECT.invalid(
              "match-type must be equals, contains, starts-with or ends-with, not \""
                  + attribute
                  + "\".");
    };
  }

  /** Sections 10.5 and 10.5.1: test is "anyof" (the default) or "allof". */
  private static FilterTest test(XmlElement element) {
    String test = element.attribute("test");
    if (test != null && !test.equals("anyof") && !test.equals("allof")) {
      throw DIALECT.invalid("test must be \"anyof\" or \"allof\", not \"" + test + "\".");
    }
    return FilterTest.of(test);
  }
}
