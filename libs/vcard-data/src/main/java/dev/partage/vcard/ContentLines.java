package dev.partage.vcard;

import java.util.ArrayList;
import java.util.List;

/** Splits vCard text into its content lines; joining them gives the text back byte for byte. */
final class ContentLines {

  private ContentLines() {}

  static List<ContentLine> of(String text) {
    List<ContentLine> lines = new ArrayList<>();
    int start = 0;
    while (start < text.length()) {
      int end = endOfLine(text, start);
      lines.add(ContentLine.of(text.substring(start, end)));
      start = end;
    }
    return lines;
  }

  /** A line continues on the next physical line when that one starts with a space or a tab. */
  private static int endOfLine(String text, int start) {
    int end = start;
    do {
      int newline = text.indexOf('\n', end);
      end = newline < 0 ? text.length() : newline + 1;
    } while (end < text.length() && (text.charAt(end) == ' ' || text.charAt(end) == '\t'));
    return end;
  }

  static String join(List<ContentLine> lines) {
    StringBuilder text = new StringBuilder();
    lines.forEach(line -> text.append(line.raw()));
    return text.toString();
  }
}
