package dev.partage.vcard;

import static dev.partage.vcard.InvalidAddressDataException.SUPPORTED_ADDRESS_DATA;
import static dev.partage.vcard.InvalidAddressDataException.VALID_ADDRESS_DATA;

import ezvcard.Ezvcard;
import ezvcard.VCard;
import java.util.List;

/**
 * Reads the one vCard of an address object resource (RFC 6352 section 5.1), refusing text that is
 * not exactly one BEGIN:VCARD..END:VCARD block in version 3.0 or 4.0. ez-vcard skips what it cannot
 * read without a word, so the outline is checked on the content lines first.
 */
final class VCardReader {

  private static final String BEGIN = "BEGIN";
  private static final String END = "END";
  private static final String VCARD = "VCARD";
  private static final String VERSION = "VERSION";

  private VCardReader() {}

  static VCard read(String text) {
    if (text == null || text.isBlank()) {
      throw invalid("The body is empty: send one vCard, from BEGIN:VCARD to END:VCARD.");
    }
    List<ContentLine> lines = ContentLines.of(text).stream().filter(l -> !l.isBlank()).toList();
    checkOutline(lines);
    checkVersion(lines);
    List<VCard> cards =
        Ezvcard.parse(text.replaceFirst("^" + ContentLine.BYTE_ORDER_MARK, "")).all();
    if (cards.size() != 1) {
      throw invalid("The body could not be read as one vCard (RFC 6350 section 3.3).");
    }
    return cards.getFirst();
  }

  private static void checkOutline(List<ContentLine> lines) {
    for (ContentLine line : lines) {
      if (line.value() == null) {
        throw invalid(
            "The line \""
                + abbreviate(line.raw().strip())
                + "\" has no colon: every vCard line reads NAME:value (RFC 6350 section 3.3).");
      }
    }
    if (!lines.getFirst().is(BEGIN, VCARD) || !lines.getLast().is(END, VCARD)) {
      throw invalid(
          "The body is not a vCard: it must start with BEGIN:VCARD and end with END:VCARD.");
    }
    long cards = lines.stream().filter(line -> line.is(BEGIN, VCARD)).count();
    if (cards > 1) {
      throw invalid(
          "The body holds "
              + cards
              + " vCards, but an address object resource holds exactly one (RFC 6352 section"
              + " 5.1): send each contact to its own URL.");
    }
  }

  private static void checkVersion(List<ContentLine> lines) {
    List<String> versions =
        lines.stream()
            .filter(line -> line.name().equals(VERSION))
            .map(l -> l.value().trim())
            .toList();
    if (versions.isEmpty()) {
      throw invalid("The vCard has no VERSION: add VERSION:3.0 or VERSION:4.0 after BEGIN:VCARD.");
    }
    if (versions.size() > 1) {
      throw invalid("The vCard has " + versions.size() + " VERSION lines; keep exactly one.");
    }
    String version = versions.getFirst();
    if (version.equals("2.1")) {
      throw new InvalidAddressDataException(
          SUPPORTED_ADDRESS_DATA,
          "vCard 2.1 is not supported: this address book stores vCard 3.0 and 4.0, so export the"
              + " contact in one of those versions.");
    }
    if (!version.equals("3.0") && !version.equals("4.0")) {
      throw invalid("VERSION:" + version + " is not a vCard version; use 3.0 or 4.0.");
    }
  }

  private static String abbreviate(String line) {
    return line.length() <= 60 ? line : line.substring(0, 60) + "…";
  }

  private static InvalidAddressDataException invalid(String message) {
    return new InvalidAddressDataException(VALID_ADDRESS_DATA, message);
  }
}
