package dev.partage.ical;

import static dev.partage.ical.InvalidCalendarDataException.VALID_CALENDAR_DATA;

import java.io.IOException;
import java.io.StringReader;
import java.time.DateTimeException;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
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
      return new CalendarBuilder().build(new StringReader(withoutTzidOnUtc(withCrlf(text))));
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
   * A date-time in UTC (trailing Z) that also names a TZID, such as python3-caldav 0.11 writes for
   * an aware UTC datetime ({@code COMPLETED;TZID=UTC;VALUE=DATE-TIME:20270405T160000Z}). RFC 5545
   * section 3.3.5 says the TZID must not be there; ical4j then refuses the value. The Z is what the
   * client meant, so the parsed copy drops the TZID (the stored text keeps it).
   */
  private static final Pattern TZID_ON_UTC = Pattern.compile(
      "(?m)^([^:;\\r\\n]+(?:;[^:\\r\\n]*?)?);TZID=(?:\"[^\"]*\"|[^;:\"\\r\\n]*)((?:;[^:\\r\\n]*)?)"
          + ":(\\d{8}T\\d{6}Z(?:,\\d{8}T\\d{6}Z)*)(?=\\r\\n)");

  private static String withoutTzidOnUtc(String text) {
    return TZID_ON_UTC.matcher(text).replaceAll("$1$2:$3");
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
