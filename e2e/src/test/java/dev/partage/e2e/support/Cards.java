package dev.partage.e2e.support;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

/**
 * Address books and vCards (RFC 6350, RFC 2426) written as the contact clients Partage serves write
 * them: Apple Contacts (vCard 3.0 with its X-ADDRESSBOOKSERVER extensions), DAVx5 and Thunderbird.
 * Lines end in CRLF (RFC 6350 section 3.2), joined by {@link Ics#lines}.
 */
public final class Cards {

  private Cards() {}

  /**
   * The body of an extended MKCOL (RFC 5689 section 3) creating an address book: resourcetype
   * DAV:collection and CARD:addressbook (RFC 6352 section 6.3.1) plus {@code properties}, XML
   * written with the prefixes d (DAV:) and card (CardDAV) bound.
   */
  public static String mkcol(String properties) {
    return """
        <d:mkcol xmlns:d="DAV:" xmlns:card="urn:ietf:params:xml:ns:carddav">
          <d:set><d:prop>
            <d:resourcetype><d:collection/><card:addressbook/></d:resourcetype>
            %s
          </d:prop></d:set>
        </d:mkcol>"""
        .formatted(properties);
  }

  /** A vCard 3.0 with its UID and FN, then {@code properties} as written. */
  public static String v3(String uid, String formattedName, String... properties) {
    return card("3.0", uid, formattedName, properties);
  }

  /** A vCard 4.0 with its UID and FN, then {@code properties} as written. */
  public static String v4(String uid, String formattedName, String... properties) {
    return card("4.0", uid, formattedName, properties);
  }

  private static String card(
      String version, String uid, String formattedName, String... properties) {
    List<String> lines =
        new ArrayList<>(
            List.of(
                "BEGIN:VCARD",
                "VERSION:" + version,
                "PRODID:-//Partage//e2e//EN",
                "UID:" + uid,
                "FN:" + formattedName));
    lines.addAll(List.of(properties));
    lines.add("END:VCARD");
    return Ics.lines(lines.toArray(String[]::new));
  }

  /**
   * A contact group as Apple Contacts writes one in vCard 3.0: X-ADDRESSBOOKSERVER-KIND:group and
   * one X-ADDRESSBOOKSERVER-MEMBER per member, where vCard 4.0 has KIND and MEMBER (RFC 6350
   * sections 6.1.4 and 6.6.5); an Apple label on a grouped property (item1.X-ABLabel) and a JPEG
   * photo inline in base64 (RFC 2426 section 3.1.4), folded at 75 octets.
   */
  public static String appleGroup(String uid, String... memberUids) {
    List<String> lines =
        new ArrayList<>(
            List.of(
                "BEGIN:VCARD",
                "VERSION:3.0",
                "PRODID:-//Apple Inc.//Mac OS X 15.1//EN",
                "N:Équipe projet;;;;",
                "FN:Équipe projet",
                "X-ADDRESSBOOKSERVER-KIND:group",
                "item1.URL;type=pref:https\\://wiki.namebay.example/projet",
                "item1.X-ABLabel:_$!<HomePage>!$_"));
    for (String member : memberUids) {
      lines.add("X-ADDRESSBOOKSERVER-MEMBER:urn:uuid:" + member);
    }
    lines.addAll(fold("PHOTO;ENCODING=b;TYPE=JPEG:" + base64Jpeg(300)));
    lines.add("REV:2026-11-02T09:15:00Z");
    lines.add("UID:" + uid);
    lines.add("END:VCARD");
    return Ics.lines(lines.toArray(String[]::new));
  }

  /** An inline 3.0 PHOTO of {@code bytes} decoded octets, folded as clients fold it. */
  public static List<String> inlinePhoto(int bytes) {
    return fold("PHOTO;ENCODING=b;TYPE=JPEG:" + base64Jpeg(bytes));
  }

  /** {@code bytes} octets starting with a JPEG SOI marker, in base64. */
  private static String base64Jpeg(int bytes) {
    byte[] data = new byte[bytes];
    data[0] = (byte) 0xFF;
    data[1] = (byte) 0xD8;
    for (int i = 2; i < bytes; i++) {
      data[i] = (byte) (i % 251);
    }
    return Base64.getEncoder().encodeToString(data);
  }

  /** RFC 6350 section 3.2: lines longer than 75 octets continue on lines starting with a space. */
  private static List<String> fold(String line) {
    List<String> folded = new ArrayList<>();
    folded.add(line.substring(0, Math.min(75, line.length())));
    for (int start = 75; start < line.length(); start += 74) {
      folded.add(" " + line.substring(start, Math.min(start + 74, line.length())));
    }
    return folded;
  }

  /**
   * The names of the properties of {@code vcard}, upper case, without their group ("item1.EMAIL"
   * gives EMAIL), in order, the BEGIN and END lines left out.
   */
  public static List<String> propertyNames(String vcard) {
    return Ics.unfold(vcard).lines()
        .filter(line -> !line.isBlank())
        .map(Cards::nameOf)
        .filter(name -> !name.equals("BEGIN") && !name.equals("END"))
        .toList();
  }

  /** The values of every {@code property} line of {@code vcard}, any group and parameters. */
  public static List<String> values(String vcard, String property) {
    return Ics.unfold(vcard).lines()
        .filter(line -> nameOf(line).equals(property))
        .map(line -> line.substring(line.indexOf(':') + 1))
        .toList();
  }

  /** The upper-case name of a content line: before the first ';' or ':', after any "group.". */
  private static String nameOf(String line) {
    int end = line.length();
    for (int i = 0; i < line.length(); i++) {
      if (line.charAt(i) == ';' || line.charAt(i) == ':') {
        end = i;
        break;
      }
    }
    String name = line.substring(0, end);
    return name.substring(name.indexOf('.') + 1).toUpperCase(Locale.ROOT);
  }
}
