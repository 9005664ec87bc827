package dev.partage.dav.request;

import dev.partage.dav.caldav.filter.TimeRange;
import dev.partage.dav.xml.DavException;
import dev.partage.dav.xml.XmlElement;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import javax.xml.namespace.QName;

/**
 * Reads the start and end attributes of a time-range, expand, limit-recurrence-set or
 * limit-freebusy-set element. RFC 4791 section 9.9 requires UTC date-times in the RFC 5545 form
 * {@code 20060104T000000Z}.
 */
final class TimeRangeParser {

  private static final DateTimeFormatter UTC_DATE_TIME =
      DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'")
          // STRICT refuses 20060231 instead of moving it to the end of February.
          .withResolverStyle(ResolverStyle.STRICT);

  private TimeRangeParser() {}

  /**
   * The range in {@code element}; at least one of start and end must be present.
   *
   * @param condition the precondition a bad value fails (CALDAV:valid-filter inside a filter), or
   *     null where none is defined
   */
  static TimeRange parse(XmlElement element, QName condition) {
    Instant start = instant(element, "start", condition);
    Instant end = instant(element, "end", condition);
    if (start == null && end == null) {
      throw invalid(condition, element, "needs a start or an end attribute");
    }
    if (start != null && end != null && !end.isAfter(start)) {
      throw invalid(condition, element, "must end after it starts");
    }
    return new TimeRange(start, end);
  }

  private static Instant instant(XmlElement element, String attribute, QName condition) {
    String value = element.attribute(attribute);
    if (value == null) {
      return null;
    }
    try {
      return LocalDateTime.parse(value.strip(), UTC_DATE_TIME).toInstant(ZoneOffset.UTC);
    } catch (DateTimeParseException e) {
      throw invalid(
          condition,
          element,
          "has "
              + attribute
              + "=\""
              + value
              + "\"; write a UTC date-time such as 20060104T000000Z (RFC 4791 section 9.9)");
    }
  }

  private static DavException invalid(QName condition, XmlElement element, String problem) {
    return new DavException(
        400, condition, "CALDAV:" + element.name().getLocalPart() + " " + problem + ".");
  }
}
