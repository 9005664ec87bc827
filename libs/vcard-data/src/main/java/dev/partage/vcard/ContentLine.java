package dev.partage.vcard;

import java.util.Locale;

/**
 * One content line of vCard text (RFC 6350 section 3.3, RFC 2426 section 4) with its exact original
 * text, folded lines and line end included, so that a card cut to some properties keeps the bytes
 * of the lines it keeps.
 *
 * @param raw the line as received
 * @param group the property group ("item1" in {@code item1.EMAIL}), or null
 * @param name the property name, upper case, without its group
 * @param value the unfolded value after the first colon outside quotes; null when there is none
 */
record ContentLine(String raw, String group, String name, String value) {

  /** Some Windows clients start the body with one; it belongs to no property name. */
  static final String BYTE_ORDER_MARK = "\uFEFF";

  static ContentLine of(String raw) {
    String unfolded = raw.replaceAll("\r?\n[ \t]", "").replaceAll("\r?\n$", "");
    int nameEnd = nameEnd(unfolded);
    String qualifiedName = unfolded.substring(0, nameEnd).replace(BYTE_ORDER_MARK, "").trim();
    int dot = qualifiedName.lastIndexOf('.');
    String group = dot < 0 ? null : qualifiedName.substring(0, dot);
    String name = qualifiedName.substring(dot + 1).toUpperCase(Locale.ROOT);
    int colon = valueStart(unfolded, nameEnd);
    return new ContentLine(raw, group, name, colon < 0 ? null : unfolded.substring(colon + 1));
  }

  boolean isBlank() {
    return raw.isBlank();
  }

  /**
   * Whether this line is the property {@code propertyName} with a value such as "VCARD", any case.
   */
  boolean is(String propertyName, String propertyValue) {
    return name.equals(propertyName)
        && value != null
        && value.trim().equalsIgnoreCase(propertyValue);
  }

  private static int nameEnd(String line) {
    for (int i = 0; i < line.length(); i++) {
      if (line.charAt(i) == ';' || line.charAt(i) == ':') {
        return i;
      }
    }
    return line.length();
  }

  /**
   * Parameter values may quote a colon (RFC 6350 section 3.3: param-value = *SAFE-CHAR /
   * DQUOTE...).
   */
  private static int valueStart(String line, int from) {
    boolean quoted = false;
    for (int i = from; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      } else if (c == ':' && !quoted) {
        return i;
      }
    }
    return -1;
  }
}
