package dev.partage.dav.filter;

import static org.assertj.core.api.Assertions.assertThat;

import dev.partage.dav.caldav.filter.TextMatch;
import dev.partage.dav.caldav.filter.TextMatch.Collation;
import dev.partage.dav.caldav.filter.TextMatch.MatchType;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextMatcherTest {

  private static boolean contains(String needle, Collation collation, String value) {
    return TextMatcher.matches(new TextMatch(needle, collation, false, MatchType.CONTAINS), value);
  }

  @Test
  void ascii_casemap_folds_ascii_letters_only() {
    assertThat(contains("steelers", Collation.ASCII_CASEMAP, "Go Steelers!")).isTrue();
    assertThat(contains("é", Collation.ASCII_CASEMAP, "CAFÉ")).isFalse();
  }

  @Test
  void ascii_casemap_is_the_default_collation() {
    assertThat(contains("STEELERS", null, "Go Steelers!")).isTrue();
  }

  @Test
  void unicode_casemap_folds_case_and_accent_compositions() {
    assertThat(contains("café", Collation.UNICODE_CASEMAP, "CAFÉ CRÈME")).isTrue();
    assertThat(contains("cafe\u0301", Collation.UNICODE_CASEMAP, "Café")).isTrue();
    assertThat(contains("strasse", Collation.UNICODE_CASEMAP, "Hauptstraße")).isTrue();
    assertThat(contains("cafés", Collation.UNICODE_CASEMAP, "Café")).isFalse();
  }

  @Test
  void octet_compares_exactly() {
    assertThat(contains("Steelers", Collation.OCTET, "Go Steelers!")).isTrue();
    assertThat(contains("steelers", Collation.OCTET, "Go Steelers!")).isFalse();
  }

  @Test
  void negate_condition_inverts_the_result() {
    TextMatch notCancelled =
        new TextMatch("CANCELLED", Collation.ASCII_CASEMAP, true, MatchType.CONTAINS);

    assertThat(TextMatcher.matches(notCancelled, "NEEDS-ACTION")).isTrue();
    assertThat(TextMatcher.matches(notCancelled, "cancelled")).isFalse();
  }

  @Test
  void carddav_match_types_anchor_the_search() {
    assertThat(
            TextMatcher.matches(
                new TextMatch("go", Collation.ASCII_CASEMAP, false, MatchType.STARTS_WITH),
                "Go Steelers"))
        .isTrue();
    assertThat(
            TextMatcher.matches(
                new TextMatch("go", Collation.ASCII_CASEMAP, false, MatchType.ENDS_WITH),
                "Go Steelers"))
        .isFalse();
    assertThat(
            TextMatcher.matches(
                new TextMatch("go steelers", Collation.ASCII_CASEMAP, false, MatchType.EQUALS),
                "Go Steelers"))
        .isTrue();
  }

  @Test
  void fold_is_the_unicode_casemap_folding_storage_indexes_with() {
    assertThat(TextMatcher.fold("Hauptstraße")).isEqualTo(TextMatcher.fold("HAUPTSTRASSE"));
    assertThat(TextMatcher.fold("CAFÉ")).isEqualTo(TextMatcher.fold("cafe\u0301"));
    assertThat(TextMatcher.fold("CAFÉ")).contains(TextMatcher.fold("café"));
  }

  @Test
  void a_multi_valued_parameter_matches_when_one_value_does() {
    TextMatch work = new TextMatch("work", Collation.ASCII_CASEMAP, false, MatchType.EQUALS);

    assertThat(TextMatcher.matchesAny(work, List.of("WORK", "voice"))).isTrue();
    assertThat(TextMatcher.matchesAny(work, List.of("home", "voice"))).isFalse();
  }

  @Test
  void a_negated_match_on_a_multi_valued_parameter_asks_that_no_value_matches() {
    TextMatch notWork = new TextMatch("work", Collation.ASCII_CASEMAP, true, MatchType.EQUALS);

    assertThat(TextMatcher.matchesAny(notWork, List.of("work", "voice"))).isFalse();
    assertThat(TextMatcher.matchesAny(notWork, List.of("home", "voice"))).isTrue();
  }

  @Test
  void an_absent_value_is_the_empty_string() {
    assertThat(
            TextMatcher.matches(
                new TextMatch("", Collation.ASCII_CASEMAP, false, MatchType.EQUALS), null))
        .isTrue();
  }
}
