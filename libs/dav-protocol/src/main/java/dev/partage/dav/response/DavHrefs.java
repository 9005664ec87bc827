package dev.partage.dav.response;

import dev.partage.dav.xml.DavException;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Builds and reads the path hrefs the server hands out. Segments such as principal names ("a
 * b@x.org") are percent-encoded as RFC 3986 section 3.3 pchar, which keeps "@" and ":" as they are:
 * clients compare hrefs as strings, so one spelling must be used everywhere.
 */
public final class DavHrefs {

  private static final String SUB_DELIMS_AND_PCHAR_EXTRAS = "!$&'()*+,;=:@";
  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  private DavHrefs() {}

  /** {@code segment} with every byte outside pchar percent-encoded in UTF-8. */
  public static String encodeSegment(String segment) {
    StringBuilder out = new StringBuilder(segment.length() + 8);
    for (byte b : segment.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xFF;
      if (isPchar(c)) {
        out.append((char) c);
      } else {
        out.append('%').append(HEX[c >> 4]).append(HEX[c & 0x0F]);
      }
    }
    return out.toString();
  }

  /**
   * {@code segment} with its percent-escapes decoded as UTF-8. A "+" stays a "+": form encoding
   * does not apply to paths. A malformed escape or invalid UTF-8 is a 400.
   */
  public static String decodeSegment(String segment) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(segment.length());
    int i = 0;
    while (i < segment.length()) {
      int escape = segment.indexOf('%', i);
      if (escape < 0) {
        bytes.writeBytes(segment.substring(i).getBytes(StandardCharsets.UTF_8));
        break;
      }
      bytes.writeBytes(segment.substring(i, escape).getBytes(StandardCharsets.UTF_8));
      bytes.write(escapedByte(segment, escape));
      i = escape + 3;
    }
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes.toByteArray()))
          .toString();
    } catch (CharacterCodingException e) {
      throw DavException.badRequest(
          "The URL segment \"" + segment + "\" does not decode to UTF-8 text.");
    }
  }

  /** An absolute path to a collection: "/" then the encoded segments, ending in "/". */
  public static String collectionHref(String... segments) {
    return objectHref(segments) + "/";
  }

  /** An absolute path to a non-collection resource: "/" then the encoded segments. */
  public static String objectHref(String... segments) {
    StringBuilder href = new StringBuilder();
    for (String segment : segments) {
      href.append('/').append(encodeSegment(segment));
    }
    return href.toString();
  }

  private static int escapedByte(String segment, int percent) {
    if (percent + 2 >= segment.length()) {
      throw malformed(segment);
    }
    int high = Character.digit(segment.charAt(percent + 1), 16);
    int low = Character.digit(segment.charAt(percent + 2), 16);
    if (high < 0 || low < 0) {
      throw malformed(segment);
    }
    return high << 4 | low;
  }

  /** RFC 3986 section 3.3: pchar = unreserved / pct-encoded / sub-delims / ":" / "@". */
  private static boolean isPchar(int c) {
    boolean unreserved =
        (c >= 'a' && c <= 'z')
            || (c >= 'A' && c <= 'Z')
            || (c >= '0' && c <= '9')
            || c == '-'
            || c == '.'
            || c == '_'
            || c == '~';
    return unreserved || (c < 0x80 && SUB_DELIMS_AND_PCHAR_EXTRAS.indexOf(c) >= 0);
  }

  private static DavException malformed(String segment) {
    return DavException.badRequest(
        "The URL segment \"" + segment + "\" holds a \"%\" not followed by two hex digits.");
  }
}
