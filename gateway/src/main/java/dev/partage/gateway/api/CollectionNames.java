package dev.partage.gateway.api;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Names of new collections: the URL segment in the owner's DAV home, which clients keep for as long
 * as they sync. Plain ASCII, so that no client has to percent-encode it (DAVx5 and Outlook
 * synchronisers have both mangled encoded segments elsewhere), and unique in the home.
 */
final class CollectionNames {

  private static final Pattern VALID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
  private static final int SLUG_LENGTH = 48;
  private static final String FALLBACK = "collection";

  private CollectionNames() {}

  /** A name the caller chose, if it is a valid segment. */
  static String check(String name) {
    if (!VALID.matcher(name).matches()) {
      throw ApiException.invalid("'" + name + "' cannot be a collection name: use up to 64 ASCII letters,"
          + " digits, '-', '_' or '.', starting with a letter or digit; or leave it out to derive one.");
    }
    return name;
  }

  /**
   * The first free name made from {@code displayName}: "Réunions d'équipe" gives
   * "reunions-d-equipe", then "reunions-d-equipe-2" when that is taken.
   */
  static String derive(String displayName, Set<String> taken) {
    String base = slug(displayName);
    String name = base;
    for (int n = 2; taken.contains(name); n++) {
      name = base + "-" + n;
    }
    return name;
  }

  /** Lower-case ASCII, accents dropped, every other run of characters one hyphen. */
  static String slug(String text) {
    String ascii = Normalizer.normalize(text, Normalizer.Form.NFD)
        .replaceAll("\\p{M}+", "")
        .toLowerCase(Locale.ROOT)
        .replaceAll("[^a-z0-9]+", "-");
    String cut = ascii.length() > SLUG_LENGTH ? ascii.substring(0, SLUG_LENGTH) : ascii;
    String trimmed = cut.replaceAll("^-+|-+$", "");
    return trimmed.isEmpty() ? FALLBACK : trimmed;
  }
}
