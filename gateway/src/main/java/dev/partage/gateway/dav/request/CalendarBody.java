package dev.partage.gateway.dav.request;

import dev.partage.dav.xml.DavException;
import dev.partage.dav.xml.DavNames;
import jakarta.ws.rs.core.MediaType;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/** The iCalendar text of a PUT body, after its size and media type are checked. */
public final class CalendarBody {

  private CalendarBody() {}

  /**
   * The body as text. RFC 4791 section 5.3.2.1 requires text/calendar (else 415 with
   * CALDAV:supported-calendar-data); a missing Content-Type is read as text/calendar, since the
   * service validates the iCalendar anyway and curl-made requests often omit it. The charset
   * defaults to UTF-8, iCalendar's own default (RFC 5545 section 3.1.4).
   */
  public static String decode(String contentType, byte[] body) {
    BodyLimits.checkResource(body);
    return new String(body, charsetOf(contentType));
  }

  private static Charset charsetOf(String contentType) {
    if (contentType == null || contentType.isBlank()) {
      return StandardCharsets.UTF_8;
    }
    MediaType type;
    try {
      type = MediaType.valueOf(contentType);
    } catch (IllegalArgumentException unreadable) {
      throw unsupported(contentType);
    }
    if (!type.getType().equalsIgnoreCase("text")
        || !type.getSubtype().equalsIgnoreCase("calendar")) {
      throw unsupported(contentType);
    }
    String charset = type.getParameters().get(MediaType.CHARSET_PARAMETER);
    if (charset == null) {
      return StandardCharsets.UTF_8;
    }
    try {
      return Charset.forName(charset);
    } catch (IllegalArgumentException unknownCharset) {
      throw unsupported(contentType);
    }
  }

  private static DavException unsupported(String contentType) {
    return DavException.unsupportedMediaType(
        DavNames.SUPPORTED_CALENDAR_DATA,
        "Calendar objects must be sent as text/calendar (iCalendar 2.0), not \""
            + contentType
            + "\".");
  }
}
