package dev.partage.vcard;

import ezvcard.Ezvcard;
import ezvcard.VCard;
import ezvcard.VCardVersion;
import ezvcard.property.Kind;
import ezvcard.property.Member;
import ezvcard.property.RawProperty;
import java.util.Locale;

/**
 * Writes a card in the other vCard version (RFC 6352 section 10.4: address-data's version).
 * ez-vcard converts what both versions define (PHOTO data: URI and ENCODING=b, TEL URI and text,
 * PREF and TYPE=pref, ADR with LABEL); groups need help: vCard 4.0 has KIND:group and MEMBER, which
 * Apple writes in 3.0 as X-ADDRESSBOOKSERVER-KIND and X-ADDRESSBOOKSERVER-MEMBER. What only one
 * version defines (4.0's ANNIVERSARY, 3.0's MAILER) is left out, as ez-vcard's strict mode does.
 */
final class VersionConverter {

  static final String APPLE_KIND = "X-ADDRESSBOOKSERVER-KIND";
  static final String APPLE_MEMBER = "X-ADDRESSBOOKSERVER-MEMBER";

  private VersionConverter() {}

  static String convert(VCard stored, VCardVersion target) {
    VCard card = new VCard(stored);
    if (target == VCardVersion.V3_0) {
      groupsToApple(card);
    } else {
      groupsFromApple(card);
    }
    try {
      return Ezvcard.write(card)
          .version(target)
          .prodId(false)
          // RFC 6868: a parameter value may hold quotes and line breaks, escaped with ^.
          .caretEncoding(true)
          // Apple and Outlook write every component of N and ADR, empty ones included.
          .includeTrailingSemicolons(true)
          .go();
    } catch (IllegalArgumentException unwritable) {
      // ez-vcard refuses names or values the target syntax cannot carry.
      throw new InvalidAddressDataException(
          InvalidAddressDataException.SUPPORTED_ADDRESS_DATA,
          "This card cannot be written as vCard "
              + target.getVersion()
              + " ("
              + unwritable.getMessage()
              + "): ask for it as stored, in vCard "
              + stored.getVersion().getVersion()
              + ".");
    }
  }

  private static void groupsToApple(VCard card) {
    Kind kind = card.getKind();
    if (kind != null) {
      card.setKind(null);
      RawProperty appleKind = card.addExtendedProperty(APPLE_KIND, kind.getValue());
      appleKind.setGroup(kind.getGroup());
    }
    for (Member member : card.removeProperties(Member.class)) {
      RawProperty appleMember = card.addExtendedProperty(APPLE_MEMBER, member.getUri());
      appleMember.setGroup(member.getGroup());
    }
  }

  private static void groupsFromApple(VCard card) {
    for (RawProperty appleKind : card.removeExtendedProperty(APPLE_KIND)) {
      Kind kind = new Kind(appleKind.getValue().trim().toLowerCase(Locale.ROOT));
      kind.setGroup(appleKind.getGroup());
      card.setKind(kind);
    }
    for (RawProperty appleMember : card.removeExtendedProperty(APPLE_MEMBER)) {
      Member member = new Member(appleMember.getValue().trim());
      member.setGroup(appleMember.getGroup());
      card.addMember(member);
    }
  }
}
