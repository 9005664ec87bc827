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

  /** One VTODO with UID "task" and {@code properties}. */
  static CalendarObject todo(String... properties) {
    String[] lines = new String[properties.length + 4];
    lines[0] = "BEGIN:VTODO";
    lines[1] = "UID:task";
    lines[2] = "DTSTAMP:20260101T000000Z";
    System.arraycopy(properties, 0, lines, 3, properties.length);
    lines[lines.length - 1] = "END:VTODO";
    return parse(lines);
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

  /**
   * How storage answers a time-range from an exact {@link InstanceIndex}, written out as its SQL
   * does (collection-storage Candidates): {@link InstancePeriod}'s documented overlap rule.
   */
  static boolean storageMatches(InstanceIndex index, TimeRange window) {
    return index.periods().stream().anyMatch(period -> overlaps(period, window));
  }

  private static boolean overlaps(InstancePeriod period, TimeRange window) {
    boolean startsBeforeEnd = window.end() == null || period.start().isBefore(window.end());
    boolean instant = period.start().equals(period.end());
    boolean endsAfterStart =
        window.start() == null
            || period.end().isAfter(window.start())
            || (instant && !period.start().isBefore(window.start()));
    return startsBeforeEnd && endsAfterStart;
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
