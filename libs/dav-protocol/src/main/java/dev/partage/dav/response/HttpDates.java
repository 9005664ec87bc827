package dev.partage.dav.response;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * HTTP dates, for DAV:getlastmodified (RFC 4918 section 15.7) and the Last-Modified and
 * If-Modified-Since headers (RFC 9110 section 5.6.7).
 */
public final class HttpDates {

  /** IMF-fixdate, the form servers must send: "Sun, 06 Nov 1994 08:49:37 GMT". */
  private static final DateTimeFormatter IMF_FIXDATE =
      DateTimeFormatter.ofPattern("EEE, dd MMM uuuu HH:mm:ss 'GMT'", Locale.US)
          .withZone(ZoneOffset.UTC);

  /** RFC 9110 section 5.6.7: recipients also accept the obsolete asctime form. */
  private static final DateTimeFormatter ASCTIME =
      DateTimeFormatter.ofPattern("EEE MMM ppd HH:mm:ss uuuu", Locale.US).withZone(ZoneOffset.UTC);

  private static final List<DateTimeFormatter> ACCEPTED =
      List.of(IMF_FIXDATE, DateTimeFormatter.RFC_1123_DATE_TIME, ASCTIME);

  private HttpDates() {}

  public static String format(Instant instant) {
    return IMF_FIXDATE.format(instant);
  }

  /**
   * The instant {@code value} names, or empty when it is not an HTTP date: RFC 9110 section 13.1.3
   * has an invalid If-Modified-Since ignored rather than refused.
   */
  public static Optional<Instant> parse(String value) {
    if (value == null) {
      return Optional.empty();
    }
    for (DateTimeFormatter format : ACCEPTED) {
      try {
        return Optional.of(Instant.from(format.parse(value.strip())));
      } catch (DateTimeParseException e) {
        // Try the next accepted form.
      }
    }
    return Optional.empty();
  }
}
