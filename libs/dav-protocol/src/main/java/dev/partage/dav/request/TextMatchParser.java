package dev.partage.dav.request;

import dev.partage.dav.caldav.filter.TextMatch;
import dev.partage.dav.xml.XmlElement;

/**
 * Reads a CALDAV:text-match (RFC 4791 section 9.7.5) or CARDDAV:text-match (RFC 6352 section
 * 10.5.4): the same collation and negate-condition attributes, with dialect-specific defaults.
 */
final class TextMatchParser {

  private TextMatchParser() {}

  static TextMatch parse(XmlElement element, FilterDialect dialect, TextMatch.MatchType matchType) {
    String collationId = element.attribute("collation");
    TextMatch.Collation collation =
        collationId == null ? dialect.defaultCollation() : TextMatch.Collation.byId(collationId);
    if (collation == null) {
      throw dialect.unsupportedCollation(collationId);
    }
    return new TextMatch(element.rawText(), collation, negated(element, dialect), matchType);
  }

  /** negate-condition is "yes" or "no", "no" when absent. */
  private static boolean negated(XmlElement textMatch, FilterDialect dialect) {
    String negate = textMatch.attribute("negate-condition");
    if (negate == null || negate.equals("no")) {
      return false;
    }
    if (negate.equals("yes")) {
      return true;
    }
    throw dialect.invalid("negate-condition must be \"yes\" or \"no\", not \"" + negate + "\".");
  }
}
