package dev.partage.dav.caldav.filter;

/**
 * CALDAV:text-match (RFC 4791 section 9.7.5) and CARDDAV:text-match (RFC 6352 section 10.5.4).
 * CalDAV always matches as {@link MatchType#CONTAINS}.
 */
public record TextMatch(String value, Collation collation, boolean negate, MatchType matchType) {

  public enum MatchType { EQUALS, CONTAINS, STARTS_WITH, ENDS_WITH }

  /** RFC 4790 collations a server must support (RFC 4791 section 7.5.1). */
  public enum Collation {
    ASCII_CASEMAP("i;ascii-casemap"),
    UNICODE_CASEMAP("i;unicode-casemap"),
    OCTET("i;octet");

    private final String id;

    Collation(String id) {
      this.id = id;
    }

    public String id() {
      return id;
    }

    /** The collation named {@code id}, or null when the server does not support it. */
    public static Collation byId(String id) {
      for (Collation c : values()) {
        if (c.id.equalsIgnoreCase(id)) {
          return c;
        }
      }
      return null;
    }
  }
}
