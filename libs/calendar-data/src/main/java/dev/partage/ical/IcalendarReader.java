package dev.partage.ical;

import static dev.partage.ical.InvalidCalendarDataException.VALID_CALENDAR_DATA;

import java.io.IOException;
import java.io.StringReader;
import java.time.DateTimeException;
import java.util.Arrays;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;

/** Turns a request body into an ical4j {@link Calendar}, or says why it cannot. */
final class IcalendarReader {

  private IcalendarReader() {}

  static Calendar read(String text) {
    if (text == null || text.isBlank()) {
      throw new InvalidCalendarDataException(
          VALID_CALENDAR_DATA, "The request body is empty; send one VCALENDAR object.");
    }
    try {
      return new CalendarBuilder().build(new StringReader(withCrlf(text)));
    } catch (ParserException e) {
      throw new InvalidCalendarDataException(
          VALID_CALENDAR_DATA,
          "The body is not valid iCalendar (RFC 5545): line %d: %s."
              .formatted(e.getLineNo(), rootMessage(e)),
          e);
    } catch (IOException | DateTimeException | IllegalArgumentException e) {
      throw new InvalidCalendarDataException(
          VALID_CALENDAR_DATA,
          "The body is not valid iCalendar (RFC 5545): " + rootMessage(e) + ".",
          e);
    }
  }

  /**
   * RFC 5545 lines end with CRLF, but clients and scripts often send bare LF (or old Mac CR), and
   * ical4j only unfolds continuation lines after CRLF. Only the parsed copy is rewritten: the
   * stored text stays byte for byte what the client sent.
   */
  private static String withCrlf(String text) {
    return text.replace("\r\n", "\n").replace('\r', '\n').replace("\n", "\r\n");
  }

  /**
   * The logical lines of {@code text} (RFC 5545 section 3.1): continuation lines joined, blank
   * lines left out, with the same line-end tolerance as the parser.
   */
  static List<String> unfold(String text) {
    String unfolded = withCrlf(text).replace("\r\n ", "").replace("\r\n\t", "");
    return Arrays.stream(unfolded.split("\r\n")).filter(line -> !line.isBlank()).toList();
  }

  private static String rootMessage(Throwable error) {
    Throwable root = error;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String message =
        root.getMessage() != null ? root.getMessage() : root.getClass().getSimpleName();
    return message.replaceFirst("^Error at line \\d+:", "").strip();
  }
}
