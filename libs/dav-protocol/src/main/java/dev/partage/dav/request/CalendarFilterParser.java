package dev.partage.dav.request;

import dev.partage.dav.caldav.filter.CompFilter;
import dev.partage.dav.caldav.filter.ParamFilter;
import dev.partage.dav.caldav.filter.PropFilter;
import dev.partage.dav.caldav.filter.TextMatch;
import dev.partage.dav.caldav.filter.TimeRange;
import dev.partage.dav.xml.DavException;
import dev.partage.dav.xml.DavNames;
import dev.partage.dav.xml.XmlElement;
import java.util.List;

/**
 * Reads a CALDAV:filter (RFC 4791 section 9.7). A malformed filter is a 400 with
 * CALDAV:valid-filter; a well-formed one the server cannot evaluate is a 403 with the precondition
 * it fails (section 7.8).
 */
final class CalendarFilterParser {

  private static final FilterDialect DIALECT = FilterDialect.CALDAV;

  private CalendarFilterParser() {}

  static CompFilter parse(XmlElement filter) {
    List<XmlElement> roots = filter.children(DavNames.COMP_FILTER);
    if (roots.size() != 1) {
      throw invalid("A CALDAV:filter must hold exactly one comp-filter.");
    }
    CompFilter root = compFilter(roots.get(0));
    // Section 9.7: the filter is applied to the calendar object resource, whose root is VCALENDAR.
    if (!root.name().equals("VCALENDAR")) {
      throw invalid(
          "The outermost comp-filter must be named VCALENDAR, not \"" + root.name() + "\".");
    }
    return root;
  }

  private static CompFilter compFilter(XmlElement element) {
    String name = DIALECT.name(element);
    if (element.has(DavNames.IS_NOT_DEFINED)) {
      DIALECT.requireOnlyIsNotDefined(element, name);
      return new CompFilter(name, true, null, List.of(), List.of());
    }
    return new CompFilter(
        name,
        false,
        optionalTimeRange(element),
        element.children(DavNames.PROP_FILTER).stream()
            .map(CalendarFilterParser::propFilter)
            .toList(),
        element.children(DavNames.COMP_FILTER).stream()
            .map(CalendarFilterParser::compFilter)
            .toList());
  }

  private static PropFilter propFilter(XmlElement element) {
    String name = DIALECT.name(element);
    if (element.has(DavNames.IS_NOT_DEFINED)) {
      DIALECT.requireOnlyIsNotDefined(element, name);
      return new PropFilter(name, true, null, null, List.of());
    }
    if (element.has(DavNames.TIME_RANGE) && element.has(DavNames.TEXT_MATCH)) {
      throw invalid(
          "The prop-filter for " + name + " holds both a time-range and a text-match; use one.");
    }
    return new PropFilter(
        name,
        false,
        optionalTimeRange(element),
        optionalTextMatch(element),
        element.children(DavNames.PARAM_FILTER).stream()
            .map(CalendarFilterParser::paramFilter)
            .toList());
  }

  private static ParamFilter paramFilter(XmlElement element) {
    String name = DIALECT.name(element);
    if (element.has(DavNames.IS_NOT_DEFINED)) {
      DIALECT.requireOnlyIsNotDefined(element, name);
      return new ParamFilter(name, true, null);
    }
    return new ParamFilter(name, false, optionalTextMatch(element));
  }

  private static TextMatch optionalTextMatch(XmlElement parent) {
    XmlElement element = parent.child(DavNames.TEXT_MATCH);
    return element == null
        ? null
        : TextMatchParser.parse(element, FilterDialect.CALDAV, TextMatch.MatchType.CONTAINS);
  }

  private static TimeRange optionalTimeRange(XmlElement parent) {
    XmlElement element = parent.child(DavNames.TIME_RANGE);
    return element == null ? null : TimeRangeParser.parse(element, DavNames.VALID_FILTER);
  }

  private static DavException invalid(String message) {
    return DIALECT.invalid(message);
  }
}
