package dev.partage.storage.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.partage.dav.caldav.filter.TextMatch.MatchType;
import org.junit.jupiter.api.Test;

/** A searched text is a literal: LIKE's own wildcards in it match only themselves. */
class TextCandidatesTest {

  @Test
  void eachMatchTypeBecomesItsLikePattern() {
    assertThat(TextCandidates.pattern(new TextCondition("FN", MatchType.CONTAINS, "ann"))).isEqualTo("%ann%");
    assertThat(TextCandidates.pattern(new TextCondition("FN", MatchType.STARTS_WITH, "ann"))).isEqualTo("ann%");
    assertThat(TextCandidates.pattern(new TextCondition("FN", MatchType.ENDS_WITH, "ann"))).isEqualTo("%ann");
    assertThat(TextCandidates.pattern(new TextCondition("FN", MatchType.EQUALS, "ann"))).isEqualTo("ann");
  }

  @Test
  void wildcardsAndTheEscapeCharacterAreEscaped() {
    assertThat(TextCandidates.pattern(new TextCondition("EMAIL", MatchType.CONTAINS, "a_b%c!d")))
        .isEqualTo("%a!_b!%c!!d%");
  }
}
