package dev.partage.vcard;

import ezvcard.VCardVersion;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Cuts vCard text to the properties an address-data element names (RFC 6352 section 10.4.2),
 * keeping the lines no vCard can lack. Kept lines keep their bytes, so a selection that cuts
 * nothing returns the text unchanged.
 */
final class PropertySelection {

  /**
   * BEGIN, END and VERSION frame every card, both versions require FN (RFC 6350 section 6.2.1, RFC
   * 2426 section 3.1.1) and CardDAV needs UID (RFC 6352 section 5.1).
   */
  private static final Set<String> ALWAYS = Set.of("BEGIN", "END", "VERSION", "UID", "FN");

  /** RFC 2426 section 5 makes N mandatory in vCard 3.0. */
  private static final String N = "N";

  private PropertySelection() {}

  /**
   * @param names property names, any case; must not be empty, as an empty list asks for the whole
   *     card
   * @param version the version of {@code text}
   */
  static String keep(String text, Collection<String> names, VCardVersion version) {
    Set<String> kept =
        Stream.of(
                ALWAYS.stream(),
                version == VCardVersion.V3_0 ? Stream.of(N) : Stream.<String>empty(),
                names.stream().map(name -> name.trim().toUpperCase(Locale.ROOT)))
            .flatMap(s -> s)
            .collect(Collectors.toSet());
    List<ContentLine> lines =
        ContentLines.of(text).stream()
            .filter(line -> line.isBlank() || kept.contains(line.name()))
            .toList();
    return ContentLines.join(lines);
  }
}
