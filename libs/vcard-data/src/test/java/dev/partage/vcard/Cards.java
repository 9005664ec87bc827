package dev.partage.vcard;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Reads the vCard fixtures under src/test/resources/cards. */
final class Cards {

  /** Large enough for every fixture's inline photo. */
  static final int PHOTO_LIMIT = 64 * 1024;

  private Cards() {}

  static String text(String name) {
    try (InputStream in = Cards.class.getResourceAsStream("/cards/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static VCardObject parse(String name) {
    return VCardObject.parse(text(name), PHOTO_LIMIT);
  }
}
