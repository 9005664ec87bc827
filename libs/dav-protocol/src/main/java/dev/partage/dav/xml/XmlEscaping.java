package dev.partage.dav.xml;

/** Escaping of character data and attribute values (XML 1.0 sections 2.4 and 3.3.3). */
public final class XmlEscaping {

  private XmlEscaping() {}

  /** Text content with {@code &}, {@code <} and {@code >} escaped; line breaks are kept. */
  public static String text(String raw) {
    StringBuilder out = new StringBuilder(raw.length() + 16);
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        // ">" only needs escaping after "]]", escaping it always is simpler and still valid.
        case '>' -> out.append("&gt;");
        // A bare CR would be normalised to LF by the reader (XML 1.0 section 2.11); iCalendar
        // lines end in CRLF (RFC 5545 section 3.1), so keep the CR as a character reference.
        case '\r' -> out.append("&#13;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  /** An attribute value for a double-quoted attribute. */
  public static String attribute(String raw) {
    StringBuilder out = new StringBuilder(raw.length() + 16);
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '"' -> out.append("&quot;");
        // Attribute-value normalisation turns literal tabs and line breaks into spaces.
        case '\t' -> out.append("&#9;");
        case '\n' -> out.append("&#10;");
        case '\r' -> out.append("&#13;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
