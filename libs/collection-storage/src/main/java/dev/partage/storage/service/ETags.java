package dev.partage.storage.service;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * Strong entity tags derived from content: the same bytes always give the same tag, for the owner
 * and every sharee alike (RFC 9110 section 8.8.3).
 */
public final class ETags {

  private ETags() {}

  public static String of(String data) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(data.getBytes(StandardCharsets.UTF_8));
      return '"' + Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 27) + '"';
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  /**
   * True when an If-Match / If-None-Match header value names {@code etag} (RFC 9110 section
   * 13.1.1): "*" or a comma-separated list of entity tags; weak tags never match strongly.
   */
  public static boolean listMatches(String header, String etag) {
    if (header == null || etag == null) {
      return false;
    }
    for (String candidate : header.split(",")) {
      String tag = candidate.trim();
      if (tag.equals("*") || tag.equals(etag)) {
        return true;
      }
    }
    return false;
  }
}
