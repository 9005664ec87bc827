package dev.partage.ical;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The zone in which floating times and dates are read (RFC 4791 section 5.2.2 and 9.8): the
 * CALDAV:timezone of a query, else the calendar's CALDAV:calendar-timezone, both a VCALENDAR holding
 * one VTIMEZONE. Its TZID names an IANA zone in every client seen (Apple, Thunderbird, DAVx5);
 * Outlook-style names fall back to the X-LIC-LOCATION some clients add, then to UTC.
 */
public final class CalendarTimezone {

  private static final Pattern TZID = Pattern.compile("(?m)^TZID[;:](?:[^:\\r\\n]*:)?([^\\r\\n]+)");
  private static final Pattern LIC_LOCATION = Pattern.compile("(?m)^X-LIC-LOCATION[;:](?:[^:\\r\\n]*:)?([^\\r\\n]+)");

  private CalendarTimezone() {}

  /** UTC when {@code vcalendar} is null, empty or names no zone this JVM knows. */
  public static ZoneId zoneOf(String vcalendar) {
    if (vcalendar == null || vcalendar.isBlank()) {
      return ZoneOffset.UTC;
    }
    String unfolded = vcalendar.replaceAll("\\r?\\n[ \\t]", "");
    for (Pattern pattern : new Pattern[] {TZID, LIC_LOCATION}) {
      Matcher m = pattern.matcher(unfolded);
      if (m.find()) {
        try {
          return ZoneId.of(m.group(1).trim());
        } catch (DateTimeException unknown) {
          // not an IANA name: try the next hint
        }
      }
    }
    return ZoneOffset.UTC;
  }
}
