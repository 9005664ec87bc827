package dev.partage.vcard;

import dev.partage.dav.caldav.filter.ParamFilter;
import dev.partage.dav.carddav.filter.CardFilter;
import dev.partage.dav.carddav.filter.CardPropFilter;
import dev.partage.dav.carddav.filter.FilterTest;
import dev.partage.dav.filter.TextMatcher;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Evaluates a CARDDAV:filter (RFC 6352 section 10.5) against one card. A property occurring several
 * times (EMAIL, TEL) is one set: a text-match passes when one occurrence passes it, so a negated
 * text-match asks for one occurrence that does not contain the text, and a param-filter with
 * is-not-defined asks that no occurrence has the parameter. This is what the interoperability suite
 * of mstilkerich/carddavclient (behind the Roundcube plugin RCMCardDAV) expects, where DAViCal,
 * Google and sabre/dav each fail some of it (its doc/QUIRKS.md).
 */
public final class CardFilterMatcher {

  private CardFilterMatcher() {}

  /** Section 10.5: no prop-filter matches every card; the test attribute combines the others. */
  public static boolean matches(VCardObject card, CardFilter filter) {
    return filter.propFilters().isEmpty()
        || combine(
            filter.test(),
            filter.propFilters().stream()
                .map(propFilter -> () -> propFilterMatches(card.properties(), propFilter)));
  }

  /**
   * Section 10.5.1: is-not-defined asks for absence; otherwise the property must occur, and its
   * text-matches and param-filters, if any, are combined by the prop-filter's test attribute.
   */
  private static boolean propFilterMatches(List<CardProperty> all, CardPropFilter filter) {
    List<CardProperty> named = all.stream().filter(p -> p.isNamed(filter.name())).toList();
    if (filter.isNotDefined()) {
      return named.isEmpty();
    }
    if (named.isEmpty()) {
      return false;
    }
    Stream<Condition> textTests =
        filter.textMatches().stream()
            .map(match -> () -> named.stream().anyMatch(p -> TextMatcher.matches(match, p.text())));
    Stream<Condition> paramTests =
        filter.paramFilters().stream().map(param -> () -> paramFilterMatches(named, param));
    List<Condition> tests = Stream.concat(textTests, paramTests).toList();
    return tests.isEmpty() || combine(filter.test(), tests.stream());
  }

  /**
   * Section 10.5.2. An occurrence without the parameter fails a text-match on it, negated or not
   * (sabre/dav answered 500 there). A parameter with several values (TYPE=work,voice or
   * TYPE=work;TYPE=voice) passes when one of them matches.
   */
  private static boolean paramFilterMatches(List<CardProperty> named, ParamFilter filter) {
    if (filter.isNotDefined()) {
      return named.stream().noneMatch(p -> p.hasParameter(filter.name()));
    }
    Predicate<CardProperty> passes =
        filter.textMatch() == null
            ? p -> true
            : p -> TextMatcher.matchesAny(filter.textMatch(), p.parameter(filter.name()));
    return named.stream().filter(p -> p.hasParameter(filter.name())).anyMatch(passes);
  }

  private static boolean combine(FilterTest test, Stream<Condition> conditions) {
    return test == FilterTest.ALL_OF
        ? conditions.allMatch(Condition::passes)
        : conditions.anyMatch(Condition::passes);
  }

  /** One test of a filter, evaluated only when the anyof or allof combination gets to it. */
  @FunctionalInterface
  private interface Condition {
    boolean passes();
  }
}
