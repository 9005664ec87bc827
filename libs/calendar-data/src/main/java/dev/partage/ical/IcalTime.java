package dev.partage.ical;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.Temporal;

/**
 * The value kinds ical4j hands out for DATE and DATE-TIME (RFC 5545 section 3.3.4, 3.3.5): {@link
 * LocalDate} for a date, {@link LocalDateTime} for floating time, and zoned or UTC types for the
 * rest. Floating values only become instants once a time zone is chosen (RFC 4791 section 9.9: the
 * query's time zone, else UTC).
 */
final class IcalTime {

  private static final DateTimeFormatter UTC_DATE_TIME =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
  private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;

  private IcalTime() {}

  static Instant toInstant(Temporal value, ZoneId floatingZone) {
    return switch (value) {
      case Instant instant -> instant;
      case ZonedDateTime zoned -> zoned.toInstant();
      case OffsetDateTime offset -> offset.toInstant();
      case LocalDateTime floating -> floating.atZone(floatingZone).toInstant();
      case LocalDate date -> date.atStartOfDay(floatingZone).toInstant();
      default -> throw new IllegalArgumentException("Unsupported iCalendar time " + value);
    };
  }

  /** True for values that carry no time zone: dates and floating date-times. */
  static boolean isFloating(Temporal value) {
    return value instanceof LocalDate || value instanceof LocalDateTime;
  }

  static boolean isDate(Temporal value) {
    return value instanceof LocalDate;
  }

  /** {@code instant} expressed in the same kind of value as {@code like}, for recurrence bounds. */
  static Temporal sameKindAs(Temporal like, Instant instant, ZoneId floatingZone) {
    return switch (like) {
      case Instant ignored -> instant;
      case ZonedDateTime zoned -> instant.atZone(zoned.getZone());
      case OffsetDateTime offset -> instant.atOffset(offset.getOffset());
      case LocalDateTime ignored -> LocalDateTime.ofInstant(instant, floatingZone);
      case LocalDate ignored -> LocalDate.ofInstant(instant, floatingZone);
      default -> throw new IllegalArgumentException("Unsupported iCalendar time " + like);
    };
  }

  static String formatUtc(Instant instant) {
    return UTC_DATE_TIME.format(instant);
  }

  static String formatDate(LocalDate date) {
    return DATE.format(date);
  }
}
