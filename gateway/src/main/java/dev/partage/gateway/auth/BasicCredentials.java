package dev.partage.gateway.auth;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;

/** The user and password of an {@code Authorization: Basic} header (RFC 7617). */
record BasicCredentials(String username, String password) {

  /** Null when the header is absent, not Basic, or not decodable. */
  static BasicCredentials parse(String authorization) {
    if (authorization == null || authorization.length() < 6
        || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
      return null;
    }
    String decoded;
    try {
      decoded = new String(Base64.getDecoder().decode(authorization.substring(6).trim()), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException notBase64) {
      return null;
    }
    int colon = decoded.indexOf(':');
    if (colon <= 0) {
      return null;
    }
    return new BasicCredentials(decoded.substring(0, colon).trim().toLowerCase(Locale.ROOT), decoded.substring(colon + 1));
  }

  @Override
  public String toString() {
    return "BasicCredentials[" + username + "]"; // never the password, not even in a log line
  }
}
