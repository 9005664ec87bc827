package dev.partage.dav.request;

import dev.partage.dav.caldav.filter.TextMatch;
import dev.partage.dav.xml.DavException;
import dev.partage.dav.xml.DavNames;
import dev.partage.dav.xml.XmlElement;
import java.util.Locale;
import javax.xml.namespace.QName;

/** What differs between CalDAV and CardDAV filters where their elements have the same shape. */
enum FilterDialect {
  /** RFC 4791 sections 7.5.1 and 9.7: a malformed filter is a 400 CALDAV:valid-filter. */
  CALDAV(
      "CALDAV:",
      TextMatch.Collation.ASCII_CASEMAP,
      DavNames.SUPPORTED_COLLATION,
      DavNames.VALID_FILTER),
  /** RFC 6352 sections 8.3 and 10.5.4: no valid-filter precondition, so a plain 400. */
  CARDDAV(
      "CARDDAV:", TextMatch.Collation.UNICODE_CASEMAP, DavNames.CARDDAV_SUPPORTED_COLLATION, null);

  private final String prefix;

  private final TextMatch.Collation defaultCollation;
  private final QName supportedCollation;
  private final QName validFilter;

  FilterDialect(
      String prefix,
      TextMatch.Collation defaultCollation,
      QName supportedCollation,
      QName validFilter) {
    this.prefix = prefix;
    this.defaultCollation = defaultCollation;
    this.supportedCollation = supportedCollation;
    this.validFilter = validFilter;
  }

  /** The collation of a text-match without a collation attribute. */
  TextMatch.Collation defaultCollation() {
    return defaultCollation;
  }

  /** The 403 for a collation the server does not support. */
  DavException unsupportedCollation(String collationId) {
    return DavException.forbidden(
        supportedCollation,
        "The collation \""
            + collationId
            + "\" is not supported; use i;ascii-casemap, i;unicode-casemap or i;octet.");
  }

  /**
   * The name attribute of a filter element, upper case: iCalendar and vCard names are both
   * case-insensitive (RFC 5545 section 2, RFC 6350 section 3.3).
   */
  String name(XmlElement element) {
    String name = element.attribute("name");
    if (name == null || name.isBlank()) {
      throw invalid("Each " + prefix + element.name().getLocalPart() + " needs a name attribute.");
    }
    return name.strip().toUpperCase(Locale.ROOT);
  }

  /** is-not-defined stands alone in a prop-filter or param-filter (RFC 4791 9.7, RFC 6352 10.5). */
  void requireOnlyIsNotDefined(XmlElement element, String name) {
    if (element.children().size() > 1) {
      throw invalid(
          "The "
              + element.name().getLocalPart()
              + " for "
              + name
              + " holds is-not-defined with other tests; is-not-defined stands alone.");
    }
  }

  /** The 400 for a filter that breaks the RFC's grammar. */
  DavException invalid(String message) {
    return new DavException(400, validFilter, message);
  }
}
