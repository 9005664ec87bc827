package dev.partage.vcard;

import ezvcard.io.scribe.ScribeIndex;
import ezvcard.property.RawProperty;
import ezvcard.property.VCardProperty;
import java.util.Locale;

/** The vCard name of a property ez-vcard parsed into a class of its own ("PHOTO" for Photo). */
final class PropertyNames {

  /** Read only after construction, so one index serves every thread. */
  private static final ScribeIndex SCRIBES = new ScribeIndex();

  private PropertyNames() {}

  /** Upper case, without the property's group. */
  static String of(VCardProperty property) {
    String name =
        property instanceof RawProperty raw
            ? raw.getPropertyName()
            : SCRIBES.getPropertyScribe(property).getPropertyName();
    return name.toUpperCase(Locale.ROOT);
  }

  static ScribeIndex scribes() {
    return SCRIBES;
  }
}
