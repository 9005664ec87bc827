package dev.partage.e2e.support;

import java.util.ArrayList;
import java.util.List;

/**
 * Task lists and tasks (VTODO, RFC 5545 section 3.6.2) written as the task clients Partage serves
 * write them: DAVx5 with jtx Board or OpenTasks, Thunderbird, Apple Reminders.
 */
public final class Tasks {

  private Tasks() {}

  /**
   * A weekly task in Paris time, five occurrences from Monday 2 March 2026, the last one after the
   * switch to summer time; the second occurrence completed on its own through a RECURRENCE-ID
   * override, as jtx Board writes a ticked occurrence.
   */
  public static String weeklyWithOneDone(String uid) {
    return Ics.calendar(
        Ics.PARIS_TIMEZONE,
        Ics.lines(
            "BEGIN:VTODO",
            "UID:" + uid,
            "DTSTAMP:20260101T000000Z",
            "DTSTART;TZID=Europe/Paris:20260302T090000",
            "DUE;TZID=Europe/Paris:20260302T170000",
            "RRULE:FREQ=WEEKLY;COUNT=5",
            "SUMMARY:Weekly report",
            "STATUS:NEEDS-ACTION",
            "END:VTODO",
            "BEGIN:VTODO",
            "UID:" + uid,
            "DTSTAMP:20260310T120000Z",
            "RECURRENCE-ID;TZID=Europe/Paris:20260309T090000",
            "DTSTART;TZID=Europe/Paris:20260309T090000",
            "DUE;TZID=Europe/Paris:20260309T170000",
            "SUMMARY:Weekly report",
            "STATUS:COMPLETED",
            "COMPLETED:20260310T120000Z",
            "PERCENT-COMPLETE:100",
            "END:VTODO"));
  }

  /**
   * The MKCALENDAR body of a task list: supported-calendar-component-set VTODO alone (RFC 4791
   * section 5.2.3) plus {@code properties}, XML written with the prefixes d (DAV:), c (CalDAV)
   * and i (Apple iCal) bound.
   */
  public static String mkcalendar(String properties) {
    return """
        <c:mkcalendar xmlns:d="DAV:" xmlns:c="urn:ietf:params:xml:ns:caldav"
                      xmlns:i="http://apple.com/ns/ical/">
          <d:set><d:prop>
            <c:supported-calendar-component-set>
              <c:comp name="VTODO"/>
            </c:supported-calendar-component-set>
            %s
          </d:prop></d:set>
        </c:mkcalendar>"""
        .formatted(properties);
  }

  /** A VTODO alone in its VCALENDAR: its UID, a DTSTAMP, then {@code properties} as written. */
  public static String task(String uid, String... properties) {
    List<String> lines =
        new ArrayList<>(List.of("BEGIN:VTODO", "UID:" + uid, "DTSTAMP:20260101T000000Z"));
    lines.addAll(List.of(properties));
    lines.add("END:VTODO");
    return Ics.calendar(Ics.lines(lines.toArray(String[]::new)));
  }
}
