package dev.partage.dav.response;

import java.util.Map;

/** The HTTP status line written in DAV:status elements (RFC 4918 section 14.28). */
final class HttpStatusLine {

  private static final Map<Integer, String> REASONS =
      Map.ofEntries(
          Map.entry(200, "OK"),
          Map.entry(201, "Created"),
          Map.entry(204, "No Content"),
          Map.entry(400, "Bad Request"),
          Map.entry(401, "Unauthorized"),
          Map.entry(403, "Forbidden"),
          Map.entry(404, "Not Found"),
          Map.entry(405, "Method Not Allowed"),
          Map.entry(409, "Conflict"),
          Map.entry(412, "Precondition Failed"),
          Map.entry(415, "Unsupported Media Type"),
          Map.entry(423, "Locked"),
          Map.entry(424, "Failed Dependency"),
          Map.entry(500, "Internal Server Error"),
          Map.entry(502, "Bad Gateway"),
          Map.entry(503, "Service Unavailable"),
          Map.entry(507, "Insufficient Storage"));

  private HttpStatusLine() {}

  /** "HTTP/1.1 404 Not Found"; an unlisted code keeps the empty reason phrase HTTP allows. */
  static String of(int status) {
    return "HTTP/1.1 " + status + " " + REASONS.getOrDefault(status, "");
  }
}
