package dev.partage.gateway.dav.request;

import jakarta.ws.rs.core.MediaType;
import java.util.Locale;

/**
 * The vCard version a GET asks for in its Accept header (RFC 9110 section 12.5.1, RFC 6352 section
 * 6.3.2.4 by way of sabre/dav's negotiation): {@code text/vcard; version=4.0} or {@code 3.0}, and
 * {@code text/x-vcard}, the vCard 3.0 label of older clients. The highest q-value wins, the first
 * on a tie; anything else leaves the card as stored.
 */
public final class AcceptedVcardVersion {

  private AcceptedVcardVersion() {}

  /** "3.0", "4.0", or null to answer with the stored version. */
  public static String of(String accept) {
    if (accept == null) {
      return null;
    }
    String best = null;
    double bestQuality = 0;
    for (String range : accept.split(",")) {
      MediaType type = parse(range);
      String version = type == null ? null : versionOf(type);
      double quality = type == null ? 0 : quality(type);
      if (version != null && quality > bestQuality) {
        best = version;
        bestQuality = quality;
      }
    }
    return best;
  }

  private static String versionOf(MediaType type) {
    if (!type.getType().equalsIgnoreCase("text")) {
      return null;
    }
    String subtype = type.getSubtype().toLowerCase(Locale.ROOT);
    if (subtype.equals("x-vcard")) {
      return "3.0";
    }
    String version = type.getParameters().get("version");
    boolean known = version != null && (version.equals("3.0") || version.equals("4.0"));
    return subtype.equals("vcard") && known ? version : null;
  }

  /** The q parameter, 1 when absent; an unreadable one counts as 0 and so is never chosen. */
  private static double quality(MediaType type) {
    String q = type.getParameters().get("q");
    if (q == null) {
      return 1;
    }
    try {
      return Double.parseDouble(q);
    } catch (NumberFormatException unreadable) {
      return 0;
    }
  }

  private static MediaType parse(String range) {
    try {
      return MediaType.valueOf(range.strip());
    } catch (IllegalArgumentException unreadable) {
      return null;
    }
  }
}
