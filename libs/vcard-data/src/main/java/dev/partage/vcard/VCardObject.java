package dev.partage.vcard;

import static dev.partage.vcard.InvalidAddressDataException.SUPPORTED_ADDRESS_DATA;

import dev.partage.dav.filter.TextMatcher;
import ezvcard.VCard;
import ezvcard.VCardVersion;
import ezvcard.property.RawProperty;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * One parsed and validated address object resource (RFC 6352 section 5.1). Parse once, then ask for
 * its identity, its search text, a shaped copy or a filter match. The original text is kept
 * untouched: clients compare what they stored with what they read back.
 */
public final class VCardObject {

  /** The properties addressbook-query searches most: Thunderbird, DAVx5 and Apple use contains. */
  /** The properties {@link #searchText} indexes: what address-book searches ask for most. */
  public static final Set<String> INDEXED_PROPERTIES = Set.of("FN", "N", "NICKNAME", "EMAIL", "TEL", "ORG");

  private static final String INDIVIDUAL = "individual";

  private final String text;
  private final VCard card;
  private final List<CardProperty> properties;

  private VCardObject(String text, VCard card) {
    this.text = text;
    this.card = card;
    this.properties = CardProperties.of(card);
  }

  /**
   * Parses and validates {@code text}.
   *
   * @param maxPhotoBytes the largest decoded PHOTO, LOGO or SOUND accepted inline
   * @throws InvalidAddressDataException with condition valid-address-data or supported-address-data
   */
  public static VCardObject parse(String text, int maxPhotoBytes) {
    VCard card = VCardReader.read(text);
    CardRules.check(card, maxPhotoBytes);
    return new VCardObject(text, card);
  }

  /** Exactly the text the client sent. */
  public String text() {
    return text;
  }

  public String uid() {
    return card.getUid().getValue();
  }

  /** "3.0" or "4.0". */
  public String version() {
    return card.getVersion().getVersion();
  }

  /**
   * KIND (RFC 6350 section 6.1.4), or Apple's X-ADDRESSBOOKSERVER-KIND in 3.0, in lower case:
   * "individual" when absent, "group" for a contact group.
   */
  public String kind() {
    String kind = card.getKind() != null ? card.getKind().getValue() : appleKind();
    return kind == null || kind.isBlank() ? INDIVIDUAL : kind.trim().toLowerCase(Locale.ROOT);
  }

  private String appleKind() {
    RawProperty appleKind = card.getExtendedProperty(VersionConverter.APPLE_KIND);
    return appleKind == null ? null : appleKind.getValue();
  }

  /**
   * FN, N, NICKNAME, EMAIL, TEL and ORG by name, one value per occurrence, folded with {@link
   * TextMatcher#fold}: the storage's text index. Names the card lacks are absent.
   */
  public Map<String, List<String>> searchText() {
    Map<String, List<String>> search = new LinkedHashMap<>();
    for (CardProperty property : properties) {
      if (INDEXED_PROPERTIES.contains(property.name())) {
        search
            .computeIfAbsent(property.name(), name -> new ArrayList<>())
            .add(TextMatcher.fold(property.text()));
      }
    }
    search.replaceAll((name, values) -> List.copyOf(values));
    return Collections.unmodifiableMap(search);
  }

  /**
   * The card as an address-data element asks for it (RFC 6352 section 10.4). When it asks for
   * neither another version nor fewer properties, the stored text comes back byte for byte.
   *
   * @param version "3.0" or "4.0" to convert to; null: the stored version
   * @param properties the property names to return, any case, plus those a vCard cannot lack
   *     (BEGIN, END, VERSION, UID, FN, and N in 3.0); empty or null: all
   * @throws InvalidAddressDataException with condition supported-address-data for another version
   */
  public String write(String version, List<String> properties) {
    VCardVersion target = version == null ? card.getVersion() : supportedVersion(version);
    String shaped = target == card.getVersion() ? text : VersionConverter.convert(card, target);
    return properties == null || properties.isEmpty()
        ? shaped
        : PropertySelection.keep(shaped, properties, target);
  }

  /** The card's properties as filters read them, in the card's order. */
  List<CardProperty> properties() {
    return properties;
  }

  private static VCardVersion supportedVersion(String version) {
    String trimmed = version.trim();
    if (trimmed.equals("3.0")) {
      return VCardVersion.V3_0;
    }
    if (trimmed.equals("4.0")) {
      return VCardVersion.V4_0;
    }
    throw new InvalidAddressDataException(
        SUPPORTED_ADDRESS_DATA,
        "vCard version \"" + trimmed + "\" cannot be returned: ask for 3.0 or 4.0.");
  }
}
