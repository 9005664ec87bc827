package dev.partage.ical;

import dev.partage.dav.caldav.filter.CompFilter;
import dev.partage.dav.caldav.filter.PropFilter;
import dev.partage.dav.caldav.filter.TimeRange;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** Test data: the RFC 4791 appendix B resources, iCalendar bodies and filters. */
final class Fixtures {

  private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");

  private Fixtures() {}

  /** The text of src/test/resources/{path}. */
  static String resource(String path) {
    try (InputStream in = Fixtures.class.getResourceAsStream("/" + path)) {
      if (in == null) {
        throw new IllegalArgumentException("No test resource " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** One of abcd1..abcd8 from RFC 4791 appendix B, parsed. */
  static CalendarObject rfc(String name) {
    return CalendarObject.parse(resource("rfc4791/" + name + ".ics"));
  }

  /** A VCALENDAR around {@code lines}, with CRLF line ends. */
  static String calendar(String... lines) {
    return "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Partage//Tests//EN\r\n"
        + String.join("\r\n", lines)
        + "\r\nEND:VCALENDAR\r\n";
  }

  static CalendarObject parse(String... lines) {
    return CalendarObject.parse(calendar(lines));
  }

  static Instant utc(String value) {
    return LocalDateTime.parse(value, UTC).toInstant(ZoneOffset.UTC);
  }

  static TimeRange range(String start, String end) {
    return new TimeRange(start == null ? null : utc(start), end == null ? null : utc(end));
  }

  /** VCALENDAR > {name} with a time-range. */
  static CompFilter inRange(String component, TimeRange range) {
    return vcalendar(new CompFilter(component, false, range, List.of(), List.of()));
  }

  static CompFilter vcalendar(CompFilter... components) {
    return new CompFilter("VCALENDAR", false, null, List.of(), List.of(components));
  }

  static CompFilter component(String name, PropFilter... props) {
    return new CompFilter(name, false, null, List.of(props), List.of());
  }

  static final String PARIS_TIMEZONE =
      String.join(
          "\r\n",
          "BEGIN:VTIMEZONE",
          "TZID:Europe/Paris",
          "BEGIN:DAYLIGHT",
          "TZOFFSETFROM:+0100",
          "TZOFFSETTO:+0200",
          "TZNAME:CEST",
          "DTSTART:19700329T020000",
          "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
          "END:DAYLIGHT",
          "BEGIN:STANDARD",
          "TZOFFSETFROM:+0200",
          "TZOFFSETTO:+0100",
          "TZNAME:CET",
          "DTSTART:19701025T030000",
          "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
          "END:STANDARD",
          "END:VTIMEZONE");
}
