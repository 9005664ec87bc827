package dev.partage.acl.policy;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

/**
 * Names of shared collections in a sharee's home: URL segments every client keeps as they are, so
 * plain lower-case ASCII letters, digits and hyphens (RFC 3986 unreserved, nothing to escape), and
 * unique in that home.
 */
public final class HomeNames {

  private static final int NAME_PART = 40;
  private static final int OWNER_PART = 20;
  private static final String FALLBACK = "shared";

  private HomeNames() {}

  /**
   * The first name for {@code collectionName} of {@code owner} that {@code taken} does not hold:
   * "work-gilles-buisson", then "work-gilles-buisson-2", and so on. The owner's part tells apart two
   * "calendar"s shared by different people.
   */
  public static String firstFree(String collectionName, Address owner, Set<String> taken) {
    String proposal = slug(collectionName, NAME_PART) + "-" + slug(owner.localPart(), OWNER_PART);
    String name = proposal;
    for (int n = 2; taken.contains(name); n++) {
      name = proposal + "-" + n;
    }
    return name;
  }

  /** Lower-case ASCII, accents dropped, every other run of characters a single hyphen. */
  public static String slug(String text, int maxLength) {
    String ascii = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFD)
        .replaceAll("\\p{M}+", "")
        .toLowerCase(Locale.ROOT)
        .replaceAll("[^a-z0-9]+", "-");
    String cut = trimHyphens(ascii.length() > maxLength ? ascii.substring(0, maxLength) : ascii);
    return cut.isEmpty() ? FALLBACK : cut;
  }

  private static String trimHyphens(String text) {
    return text.replaceAll("^-+|-+$", "");
  }
}
