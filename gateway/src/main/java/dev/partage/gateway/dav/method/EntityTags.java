package dev.partage.gateway.dav.method;

/** Entity-tag list matching for conditional requests (RFC 9110 sections 8.8.3.2 and 13.1). */
final class EntityTags {

  private EntityTags() {}

  /** If-None-Match on a read: "*" or any tag equal once weakness is ignored (section 13.1.2). */
  static boolean weakMatch(String header, String etag) {
    return matches(header, etag, true);
  }

  /** If-Match: "*" or a strong tag equal to {@code etag} (section 13.1.1). */
  static boolean strongMatch(String header, String etag) {
    return matches(header, etag, false);
  }

  private static boolean matches(String header, String etag, boolean weak) {
    if (header == null || etag == null) {
      return false;
    }
    for (String candidate : header.split(",")) {
      String tag = candidate.strip();
      if (tag.equals("*")) {
        return true;
      }
      if (weak ? opaque(tag).equals(opaque(etag)) : tag.equals(etag) && !isWeak(tag)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isWeak(String tag) {
    return tag.startsWith("W/");
  }

  private static String opaque(String tag) {
    return isWeak(tag) ? tag.substring(2) : tag;
  }
}
