package dev.partage.vcard;

import static dev.partage.vcard.InvalidAddressDataException.VALID_ADDRESS_DATA;

import ezvcard.VCard;
import ezvcard.VCardVersion;
import ezvcard.property.BinaryProperty;
import ezvcard.property.VCardProperty;

/** What a vCard must hold before an address book takes it. */
final class CardRules {

  private static final int KIB = 1024;

  private CardRules() {}

  /**
   * @param maxInlineBytes the largest decoded PHOTO, LOGO or SOUND the card may carry inline
   */
  static void check(VCard card, int maxInlineBytes) {
    if (card.getUid() == null
        || card.getUid().getValue() == null
        || card.getUid().getValue().isBlank()) {
      // RFC 2426 makes UID optional in 3.0, but CardDAV tells cards apart by it (RFC 6352 5.1).
      throw invalid(
          "The vCard has no UID, which CardDAV needs to tell contacts apart (RFC 6352 section"
              + " 5.1): add a UID line, such as UID:urn:uuid: followed by a new UUID.");
    }
    if (card.getFormattedName() == null) {
      // Required in both versions (RFC 6350 section 6.2.1, RFC 2426 section 3.1.1). N, which
      // RFC 2426 also requires, is not checked: Apple Contacts leaves it out of its groups.
      throw invalid(
          "The vCard has no FN (formatted name), which vCard "
              + card.getVersion().getVersion()
              + " requires: add one, such as FN:Jane Doe.");
    }
    for (VCardProperty property : card.getProperties()) {
      if (property instanceof BinaryProperty<?> media
          && media.getData() != null
          && media.getData().length > maxInlineBytes) {
        throw tooLarge(
            PropertyNames.of(property), media.getData().length, maxInlineBytes, card.getVersion());
      }
    }
  }

  private static InvalidAddressDataException tooLarge(
      String name, int bytes, int maxBytes, VCardVersion version) {
    String byUri =
        version == VCardVersion.V4_0 ? name + ":https://…" : name + ";VALUE=uri:https://…";
    return invalid(
        "The "
            + name
            + " is "
            + Math.ceilDiv(bytes, KIB)
            + " KiB, more than the "
            + maxBytes / KIB
            + " KiB this address book accepts inline: make it smaller, or link it by URI ("
            + byUri
            + ").");
  }

  private static InvalidAddressDataException invalid(String message) {
    return new InvalidAddressDataException(VALID_ADDRESS_DATA, message);
  }
}
