package dev.partage.gateway.dav.property;

import dev.partage.dav.xml.DavException;
import dev.partage.dav.xml.DavNames;

/**
 * Sync tokens and ctags: both name a collection's change-log revision. RFC 6578 section 3.2 wants
 * the token to be a URI, so it is {@code http://partage.dev/ns/sync/{revision}}; the ctag is the
 * same string, so that it changes exactly when the token does.
 */
public final class SyncTokens {

  private static final String PREFIX = "http://partage.dev/ns/sync/";

  private SyncTokens() {}

  public static String format(long revision) {
    return PREFIX + revision;
  }

  /**
   * The revision a client's token names: an empty token asks for an initial synchronization, which
   * starts from revision 0 (RFC 6578 section 3.2). Any other token that is not one of ours is a 403
   * DAV:valid-sync-token (section 3.8 and 6.3).
   */
  public static long parse(String token) {
    String trimmed = token == null ? "" : token.strip();
    if (trimmed.isEmpty()) {
      return 0;
    }
    if (trimmed.startsWith(PREFIX)) {
      String digits = trimmed.substring(PREFIX.length());
      if (!digits.isEmpty() && digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
        try {
          return Long.parseLong(digits);
        } catch (NumberFormatException tooLarge) {
          // falls through to the refusal below: no collection has such a revision
        }
      }
    }
    throw DavException.forbidden(
        DavNames.VALID_SYNC_TOKEN,
        "The sync-token \""
            + trimmed
            + "\" was not issued for this collection; synchronize again with an empty token.");
  }
}
