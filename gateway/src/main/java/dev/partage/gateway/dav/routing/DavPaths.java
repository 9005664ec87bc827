package dev.partage.gateway.dav.routing;

import dev.partage.dav.response.DavHrefs;
import dev.partage.dav.xml.DavException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;

/**
 * Turns a raw (still percent-encoded) request path or DAV:href into a {@link DavTarget}. It works
 * on the raw path because the JAX-RS path parameter drops the trailing slash and decodes %2F into a
 * separator (PLATFORM.md).
 */
public final class DavPaths {

  private static final String DAV = "dav";
  private static final String PRINCIPALS = "principals";

  private DavPaths() {}

  /** The target of a raw request path such as {@code /dav/addressbooks/a%40b.org/friends/}. */
  public static DavTarget parse(String rawPath) {
    List<String> segments = segments(rawPath == null ? "" : rawPath);
    if (segments == null) {
      return new DavTarget.Unknown();
    }
    if (segments.isEmpty() || segments.equals(List.of(DAV))) {
      return new DavTarget.Root();
    }
    if (segments.size() < 3 || !segments.get(0).equals(DAV)) {
      return new DavTarget.Unknown();
    }
    // Users are mail addresses, which Keycloak stores in lower case; so does CurrentUser.
    String user = decode(segments.get(2)).toLowerCase(Locale.ROOT);
    if (segments.get(1).equals(PRINCIPALS) && segments.size() == 3) {
      return new DavTarget.Principal(user);
    }
    HomeKind kind = HomeKind.bySegment(segments.get(1));
    if (kind == null) {
      return new DavTarget.Unknown();
    }
    return switch (segments.size()) {
      case 3 -> new DavTarget.Home(kind, user);
      case 4 -> new DavTarget.Collection(kind, user, decode(segments.get(3)));
      case 5 -> new DavTarget.Member(kind, user, decode(segments.get(3)), decode(segments.get(4)));
      default -> new DavTarget.Unknown();
    };
  }

  /**
   * The target of a DAV:href or Destination header, which clients send either as an absolute path
   * or as a full URL (RFC 4918 sections 8.3 and 10.3).
   */
  public static DavTarget parseHref(String href) {
    return parse(rawPathOf(href));
  }

  /** The raw path of an absolute path or a full URL; a 400 when it is neither. */
  public static String rawPathOf(String href) {
    try {
      URI uri = new URI(href.strip());
      if (uri.getRawPath() == null || !uri.getRawPath().startsWith("/")) {
        throw DavException.badRequest("\"" + href + "\" is neither an absolute path nor a URL.");
      }
      return uri.getRawPath();
    } catch (URISyntaxException e) {
      throw DavException.badRequest("\"" + href + "\" is not a valid URL: " + e.getReason() + ".");
    }
  }

  /** The non-empty segments of the path; null when one inside the path is empty ("a//b"). */
  private static List<String> segments(String rawPath) {
    String trimmed = rawPath.startsWith("/") ? rawPath.substring(1) : rawPath;
    if (trimmed.endsWith("/")) {
      trimmed = trimmed.substring(0, trimmed.length() - 1);
    }
    if (trimmed.isEmpty()) {
      return List.of();
    }
    List<String> segments = List.of(trimmed.split("/", -1));
    return segments.contains("") ? null : segments;
  }

  private static String decode(String rawSegment) {
    String name = DavHrefs.decodeSegment(rawSegment);
    if (name.indexOf('/') >= 0) {
      // A %2F would make a name that no URL of ours can carry back to the client unambiguously.
      throw DavException.badRequest(
          "A name in the URL may not contain '/' (%2F): \"" + rawSegment + "\".");
    }
    return name;
  }
}
