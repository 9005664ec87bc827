package dev.partage.ical;

import static org.assertj.core.api.Assertions.assertThat;

import dev.partage.dav.caldav.filter.TextMatch;
import dev.partage.dav.caldav.filter.TextMatch.Collation;
import dev.partage.dav.caldav.filter.TextMatch.MatchType;
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
}
