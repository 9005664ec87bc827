package dev.partage.contacts;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of contact-service beyond the shared storage ones. */
@ConfigMapping(prefix = "partage.contacts")
public interface ContactsConfig {

  /**
   * Largest inline photo, logo or sound a card may carry, decoded, in octets. Phones send photos of
   * a few hundred KiB at most; anything larger belongs behind a URI, and keeping cards small keeps
   * every sync of the address book fast.
   */
  @WithDefault("1048576")
  int maxInlineMediaSize();
}
