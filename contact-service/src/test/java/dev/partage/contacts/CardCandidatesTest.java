package dev.partage.contacts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.partage.dav.caldav.filter.ParamFilter;
import dev.partage.dav.caldav.filter.TextMatch;
import dev.partage.dav.caldav.filter.TextMatch.Collation;
import dev.partage.dav.caldav.filter.TextMatch.MatchType;
import dev.partage.dav.carddav.filter.CardFilter;
import dev.partage.dav.carddav.filter.CardPropFilter;
import dev.partage.dav.carddav.filter.FilterTest;
import dev.partage.storage.service.TextCondition;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The index narrows a query only when no matching card can lie outside what it points at. */
class CardCandidatesTest {

  private static final Set<String> INDEXED = Set.of("FN", "EMAIL", "TEL", "ORG");

  @Test
  void aContainsSearchOnAnIndexedPropertyNarrowsWithTheFoldedText() {
    CardFilter filter = filter(FilterTest.ANY_OF, prop("fn", FilterTest.ANY_OF, match("MARIE", MatchType.CONTAINS)));

    assertThat(CardCandidates.of(filter, INDEXED))
        .contains(List.of(new TextCondition("FN", MatchType.CONTAINS, "marie")));
  }

  @Test
  void anyOfNarrowsToTheUnionOnlyWhenEveryBranchNarrows() {
    CardFilter both = filter(FilterTest.ANY_OF,
        prop("FN", FilterTest.ANY_OF, match("ann", MatchType.STARTS_WITH)),
        prop("EMAIL", FilterTest.ANY_OF, match("ann", MatchType.CONTAINS)));
    CardFilter withNote = filter(FilterTest.ANY_OF,
        prop("FN", FilterTest.ANY_OF, match("ann", MatchType.STARTS_WITH)),
        prop("NOTE", FilterTest.ANY_OF, match("ann", MatchType.CONTAINS)));

    assertThat(CardCandidates.of(both, INDEXED)).hasValueSatisfying(c -> assertThat(c).hasSize(2));
    assertThat(CardCandidates.of(withNote, INDEXED)).isEmpty();
  }

  @Test
  void allOfNeedsOneNarrowingBranch() {
    CardFilter filter = filter(FilterTest.ALL_OF,
        new CardPropFilter("NICKNAME", FilterTest.ANY_OF, true, List.of(), List.of()),
        prop("TEL", FilterTest.ANY_OF, match("0612", MatchType.CONTAINS)));

    assertThat(CardCandidates.of(filter, INDEXED))
        .contains(List.of(new TextCondition("TEL", MatchType.CONTAINS, "0612")));
  }

  @Test
  void negationsAndParameterOnlyMatchesCannotNarrow() {
    CardFilter negated = filter(FilterTest.ANY_OF, prop("FN", FilterTest.ANY_OF,
        new TextMatch("marie", Collation.UNICODE_CASEMAP, true, MatchType.CONTAINS)));
    CardFilter byType = filter(FilterTest.ANY_OF, new CardPropFilter("EMAIL", FilterTest.ANY_OF, false,
        List.of(match("marie", MatchType.CONTAINS)),
        List.of(new ParamFilter("TYPE", false, match("work", MatchType.EQUALS)))));

    assertThat(CardCandidates.of(negated, INDEXED)).isEmpty();
    assertThat(CardCandidates.of(byType, INDEXED)).isEmpty();
    assertThat(CardCandidates.of(CardFilter.matchAll(), INDEXED)).isEmpty();
  }

  private static CardFilter filter(FilterTest test, CardPropFilter... props) {
    return new CardFilter(test, List.of(props));
  }

  private static CardPropFilter prop(String name, FilterTest test, TextMatch... matches) {
    return new CardPropFilter(name, test, false, List.of(matches), List.of());
  }

  private static TextMatch match(String value, MatchType type) {
    return new TextMatch(value, Collation.UNICODE_CASEMAP, false, type);
  }
}
