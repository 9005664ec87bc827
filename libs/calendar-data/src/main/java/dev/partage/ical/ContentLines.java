package dev.partage.ical;

import java.nio.charset.StandardCharsets;

/**
 * Writes iCalendar text: CRLF line ends and lines folded at 75 octets (RFC 5545 section 3.1), never
 * inside a UTF-8 sequence.
 */
final class ContentLines {

  private static final int MAX_OCTETS = 75;
  private static final String CRLF = "\r\n";

  private final StringBuilder text = new StringBuilder();

  /** Adds one logical line, given without its line end. */
  ContentLines line(String unfolded) {
    int octets = 0;
    int i = 0;
    while (i < unfolded.length()) {
      int codePoint = unfolded.codePointAt(i);
      int width = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
      if (octets + width > MAX_OCTETS) {
        text.append(CRLF).append(' ');
        octets = 1;
      }
      text.appendCodePoint(codePoint);
      octets += width;
      i += Character.charCount(codePoint);
    }
    text.append(CRLF);
    return this;
  }

  @Override
  public String toString() {
    return text.toString();
  }
}
