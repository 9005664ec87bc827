package dev.partage.gateway.dav.request;

import dev.partage.dav.xml.DavException;
import java.util.Locale;

/** The Depth header (RFC 4918 section 10.2). */
public enum Depth {
  ZERO,
  ONE,
  INFINITY;

  /** The depth a header value names; {@code whenAbsent} when the request has none. */
  public static Depth parse(String header, Depth whenAbsent) {
    if (header == null || header.isBlank()) {
      return whenAbsent;
    }
    return switch (header.strip().toLowerCase(Locale.ROOT)) {
      case "0" -> ZERO;
      case "1" -> ONE;
      case "infinity" -> INFINITY;
      default ->
          throw DavException.badRequest(
              "The Depth header must be 0, 1 or infinity, not \"" + header.strip() + "\".");
    };
  }
}
