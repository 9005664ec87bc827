package dev.partage.gateway.dav.request;

import dev.partage.dav.xml.DavException;
import dev.partage.dav.xml.DavNames;
import dev.partage.gateway.dav.routing.HomeKind;
import jakarta.ws.rs.core.MediaType;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import javax.xml.namespace.QName;

/** The text of a PUT body, after its size and media type are checked against its home. */
public final class MemberBody {

  private MemberBody() {}

  /**
   * The body as text. RFC 4791 section 5.3.2.1 requires text/calendar for calendar objects and RFC
   * 6352 section 6.3.2.1 text/vcard for vCards (text/x-vcard too, as older clients label them);
   * anything else is a 415 with the home's supported-data precondition. A missing Content-Type is
   * read as the home's type, since the service validates the body anyway and curl-made requests
   * often omit it. The charset defaults to UTF-8, the default of iCalendar (RFC 5545 section 3.1.4)
   * and the only charset of vCard 4.0 (RFC 6350 section 3.1).
   */
  public static String decode(HomeKind kind, String contentType, byte[] body) {
    Format format = Format.of(kind);
    BodyLimits.checkResource(body, format.sizeCondition, format.noun);
    return new String(body, charsetOf(format, contentType));
  }

  private static Charset charsetOf(Format format, String contentType) {
    if (contentType == null || contentType.isBlank()) {
      return StandardCharsets.UTF_8;
    }
    MediaType type;
    try {
      type = MediaType.valueOf(contentType);
    } catch (IllegalArgumentException unreadable) {
      throw format.unsupported(contentType);
    }
    if (!type.getType().equalsIgnoreCase("text")
        || !format.subtypes.contains(type.getSubtype().toLowerCase(Locale.ROOT))) {
      throw format.unsupported(contentType);
    }
    String charset = type.getParameters().get(MediaType.CHARSET_PARAMETER);
    if (charset == null) {
      return StandardCharsets.UTF_8;
    }
    try {
      return Charset.forName(charset);
    } catch (IllegalArgumentException unknownCharset) {
      throw format.unsupported(contentType);
    }
  }

  /** The media types a home stores and the preconditions that name them. */
  private enum Format {
    ICALENDAR(
        Set.of("calendar"),
        DavNames.SUPPORTED_CALENDAR_DATA,
        DavNames.CALDAV_MAX_RESOURCE_SIZE,
        "A calendar object",
        "Calendar objects must be sent as text/calendar (iCalendar 2.0)"),
    VCARD(
        Set.of("vcard", "x-vcard"),
        DavNames.SUPPORTED_ADDRESS_DATA,
        DavNames.CARDDAV_MAX_RESOURCE_SIZE,
        "A vCard",
        "vCards must be sent as text/vcard (vCard 3.0 or 4.0)");

    private final Set<String> subtypes;
    private final QName typeCondition;
    private final QName sizeCondition;
    private final String noun;
    private final String requirement;

    Format(
        Set<String> subtypes,
        QName typeCondition,
        QName sizeCondition,
        String noun,
        String requirement) {
      this.subtypes = subtypes;
      this.typeCondition = typeCondition;
      this.sizeCondition = sizeCondition;
      this.noun = noun;
      this.requirement = requirement;
    }

    static Format of(HomeKind kind) {
      return switch (kind) {
        case CALENDARS -> ICALENDAR;
        case ADDRESS_BOOKS -> VCARD;
      };
    }

    DavException unsupported(String contentType) {
      return DavException.unsupportedMediaType(
          typeCondition, requirement + ", not \"" + contentType + "\".");
    }
  }
}
