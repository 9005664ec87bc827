package dev.partage.e2e.support;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** iCalendar objects for the tests, written line by line with the CRLF RFC 5545 section 3.1 asks. */
public final class Ics {

  /** Europe/Paris since 1996 (EU rules), for events written in Paris wall-clock time. */
  public static final String PARIS_TIMEZONE =
      lines(
          "BEGIN:VTIMEZONE",
          "TZID:Europe/Paris",
          "BEGIN:STANDARD",
          "DTSTART:19701025T030000",
          "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
          "TZOFFSETFROM:+0200",
          "TZOFFSETTO:+0100",
          "END:STANDARD",
          "BEGIN:DAYLIGHT",
          "DTSTART:19700329T020000",
          "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
          "TZOFFSETFROM:+0100",
          "TZOFFSETTO:+0200",
          "END:DAYLIGHT",
          "END:VTIMEZONE");

  private Ics() {}

  /** A VCALENDAR wrapping {@code components}, each a block of already-joined lines. */
  public static String calendar(String... components) {
    return lines("BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Partage//e2e//EN")
        + String.join("", components)
        + lines("END:VCALENDAR");
  }

  /** A one-off UTC VEVENT. */
  public static String event(String uid, String start, String end, String summary) {
    return lines(
        "BEGIN:VEVENT",
        "UID:" + uid,
        "DTSTAMP:20260101T000000Z",
        "DTSTART:" + start,
        "DTEND:" + end,
        "SUMMARY:" + summary,
        "END:VEVENT");
  }

  /** {@link #event} alone in its VCALENDAR, the common case of one event per resource. */
  public static String singleEvent(String uid, String start, String end, String summary) {
    return calendar(event(uid, start, end, summary));
  }

  public static String todo(String uid, String summary) {
    return calendar(
        lines("BEGIN:VTODO", "UID:" + uid, "DTSTAMP:20260101T000000Z", "SUMMARY:" + summary, "END:VTODO"));
  }

  /** Undoes RFC 5545 section 3.1 line folding so assertions see whole content lines. */
  public static String unfold(String ics) {
    return ics.replace("\r\n ", "").replace("\r\n\t", "").replace("\n ", "");
  }

  /**
   * The values of every {@code property} line (any parameters) in {@code ics}, in order:
   * {@code values(ics, "RECURRENCE-ID")} on "RECURRENCE-ID;TZID=UTC:20261005T090000Z" gives
   * "20261005T090000Z".
   */
  public static List<String> values(String ics, String property) {
    return unfold(ics).lines()
        .filter(line -> line.startsWith(property + ":") || line.startsWith(property + ";"))
        .map(line -> line.substring(line.indexOf(':') + 1))
        .toList();
  }

  /**
   * Each {@code name} component of {@code ics}, unfolded, from its BEGIN line to its END line:
   * {@code components(ics, "VTODO")} gives one block per task or override, alarms inside.
   */
  public static List<String> components(String ics, String name) {
    List<String> found = new ArrayList<>();
    StringBuilder current = null;
    for (String line : unfold(ics).lines().toList()) {
      if (line.equals("BEGIN:" + name)) {
        current = new StringBuilder();
      }
      if (current != null) {
        current.append(line).append("\r\n");
      }
      if (line.equals("END:" + name) && current != null) {
        found.add(current.toString());
        current = null;
      }
    }
    return found;
  }

  /** Joins content lines, each ended by CRLF. */
  public static String lines(String... lines) {
    return Arrays.stream(lines).map(line -> line + "\r\n").collect(Collectors.joining());
  }
}
