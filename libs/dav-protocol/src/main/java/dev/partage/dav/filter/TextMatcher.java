package dev.partage.dav.filter;

import dev.partage.dav.caldav.filter.TextMatch;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

/**
 * CALDAV:text-match (RFC 4791 section 9.7.5) and CARDDAV:text-match (RFC 6352 section 10.5.4): a
 * test under one of the collations of RFC 4790 with a match type, negated on request.
 */
public final class TextMatcher {

  private TextMatcher() {}

  /** Whether {@code value} passes {@code match}; an absent value is the empty string. */
  public static boolean matches(TextMatch match, String value) {
    return found(match, value) != match.negate();
  }

  /**
   * Whether a multi-valued parameter such as {@code TYPE=work,voice} passes {@code match}: one
   * matching value is enough, and negate-condition then asks that none matches (RFC 6352 section
   * 10.5.4), so a negated "work" does not pass {@code TYPE=work,voice}.
   */
  public static boolean matchesAny(TextMatch match, List<String> values) {
    return values.stream().anyMatch(value -> found(match, value)) != match.negate();
  }

  /**
   * i;unicode-casemap (RFC 5051): compatibility decomposition and case folding, so that "É" and
   * "e\u0301", "Straße" and "STRASSE" compare equal. Upper then lower case approximates full case
   * folding without a Unicode data table. Public because storage indexes text folded this way and
   * then searches it with the folded needle.
   */
  public static String fold(String value) {
    String decomposed = Normalizer.normalize(value, Normalizer.Form.NFKD);
    String folded = decomposed.toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
    return Normalizer.normalize(folded, Normalizer.Form.NFKD);
  }

  private static boolean found(TextMatch match, String value) {
    String haystack = fold(value == null ? "" : value, match.collation());
    String needle = fold(match.value() == null ? "" : match.value(), match.collation());
    return switch (match.matchType() == null ? TextMatch.MatchType.CONTAINS : match.matchType()) {
      case EQUALS -> haystack.equals(needle);
      case CONTAINS -> haystack.contains(needle);
      case STARTS_WITH -> haystack.startsWith(needle);
      case ENDS_WITH -> haystack.endsWith(needle);
    };
  }

  private static String fold(String text, TextMatch.Collation collation) {
    if (collation == null) {
      // RFC 4791 section 9.7.5 and RFC 6352 section 10.5.4: i;ascii-casemap is the default.
      return asciiFold(text);
    }
    return switch (collation) {
      case OCTET -> text;
      case ASCII_CASEMAP -> asciiFold(text);
      case UNICODE_CASEMAP -> fold(text);
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
}
