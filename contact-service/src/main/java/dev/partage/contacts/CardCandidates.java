package dev.partage.contacts;

import dev.partage.dav.caldav.filter.TextMatch;
import dev.partage.dav.carddav.filter.CardFilter;
import dev.partage.dav.carddav.filter.CardPropFilter;
import dev.partage.dav.carddav.filter.FilterTest;
import dev.partage.dav.filter.TextMatcher;
import dev.partage.storage.service.TextCondition;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The text-index conditions an addressbook-query filter implies (RFC 6352 section 10.5): a set of
 * conditions one of which every matching card satisfies, or nothing when the filter can match a card
 * the index cannot point at (a negated match, is-not-defined, an unindexed property).
 */
final class CardCandidates {

  private CardCandidates() {}

  static Optional<List<TextCondition>> of(CardFilter filter, Set<String> indexed) {
    if (filter.propFilters().isEmpty()) {
      return Optional.empty();
    }
    List<Optional<List<TextCondition>>> perProperty =
        filter.propFilters().stream().map(p -> ofProperty(p, indexed)).toList();
    // allof: any one narrowing property is enough; anyof: every property must narrow, and the
    // candidates are their union.
    return filter.test() == FilterTest.ALL_OF
        ? perProperty.stream().flatMap(Optional::stream).findFirst()
        : union(perProperty);
  }

  private static Optional<List<TextCondition>> ofProperty(CardPropFilter filter, Set<String> indexed) {
    String name = filter.name().toUpperCase(Locale.ROOT);
    if (filter.isNotDefined() || !indexed.contains(name) || filter.textMatches().isEmpty()) {
      return Optional.empty();
    }
    if (filter.test() == FilterTest.ANY_OF && !filter.paramFilters().isEmpty()) {
      return Optional.empty(); // a passing param-filter alone lets a card through
    }
    List<Optional<List<TextCondition>>> perMatch =
        filter.textMatches().stream().map(m -> ofMatch(name, m)).toList();
    return filter.test() == FilterTest.ALL_OF
        ? perMatch.stream().flatMap(Optional::stream).findFirst()
        : union(perMatch);
  }

  /**
   * The index holds values folded as i;unicode-casemap: a value that matches under any collation
   * still matches once both sides are folded, so the condition never loses a card.
   */
  private static Optional<List<TextCondition>> ofMatch(String property, TextMatch match) {
    if (match.negate()) {
      return Optional.empty();
    }
    TextMatch.MatchType type = match.matchType() == null ? TextMatch.MatchType.CONTAINS : match.matchType();
    return Optional.of(List.of(new TextCondition(property, type, TextMatcher.fold(match.value()))));
  }

  private static Optional<List<TextCondition>> union(List<Optional<List<TextCondition>>> parts) {
    List<TextCondition> all = new ArrayList<>();
    for (Optional<List<TextCondition>> part : parts) {
      if (part.isEmpty()) {
        return Optional.empty();
      }
      all.addAll(part.get());
    }
    return Optional.of(all);
  }
}
