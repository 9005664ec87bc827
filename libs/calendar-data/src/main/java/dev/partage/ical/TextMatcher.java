package dev.partage.ical;

import dev.partage.dav.caldav.filter.TextMatch;
import java.text.Normalizer;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * CALDAV:text-match (RFC 4791 section 9.7.5): a substring test under one of the collations of RFC
 * 4790, negated on request.
 */
public final class TextMatcher {

  private TextMatcher() {}

  public static boolean matches(TextMatch match, String value) {
    return matchesAny(match, Collections.singletonList(value));
  }

  /**
   * The test on a property holding several values (CATEGORIES:work,urgent): it holds when one of
   * the values passes, so "equals urgent" matches; negate-condition then asks that none does, so
   * "not urgent" does not match a task filed under both. Radicale (radicale/item/filter.py,
   * text_match) tests each value of a list the same way.
   */
  public static boolean matchesAny(TextMatch match, List<String> values) {
    String needle = fold(match.value() == null ? "" : match.value(), match.collation());
    boolean found =
        values.stream()
            .map(value -> fold(value == null ? "" : value, match.collation()))
            .anyMatch(haystack -> found(match.matchType(), haystack, needle));
    return found != match.negate();
  }

  private static boolean found(TextMatch.MatchType type, String haystack, String needle) {
    return switch (type == null ? TextMatch.MatchType.CONTAINS : type) {
      case EQUALS -> haystack.equals(needle);
      case CONTAINS -> haystack.contains(needle);
      case STARTS_WITH -> haystack.startsWith(needle);
      case ENDS_WITH -> haystack.endsWith(needle);
    };
  }

  private static String fold(String text, TextMatch.Collation collation) {
    if (collation == null) {
      // RFC 4791 section 9.7.5: i;ascii-casemap is the default collation.
      return asciiFold(text);
    }
    return switch (collation) {
      case OCTET -> text;
      case ASCII_CASEMAP -> asciiFold(text);
      case UNICODE_CASEMAP -> unicodeFold(text);
    };
  }

  /** i;ascii-casemap (RFC 4790 section 9.2): only A-Z fold, every other octet compares as is. */
  private static String asciiFold(String text) {
    StringBuilder folded = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      folded.append(c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c);
    }
    return folded.toString();
  }

  /**
   * i;unicode-casemap (RFC 5051): compatibility decomposition and case folding, so that "É" and
   * "e\u0301", "Straße" and "STRASSE" compare equal. Upper then lower case approximates full case
   * folding without a Unicode data table.
   */
  private static String unicodeFold(String text) {
    String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
    String folded = decomposed.toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
    return Normalizer.normalize(folded, Normalizer.Form.NFKD);
  }
}
