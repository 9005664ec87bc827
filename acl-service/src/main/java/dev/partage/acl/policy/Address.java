package dev.partage.acl.policy;

import dev.partage.contracts.error.ServiceException;
import java.util.Locale;

/** A mail address, the username of every account (ARCHITECTURE.md, Identity). */
public record Address(String localPart, String domain) {

  /** Parses {@code text}, lower-cased: Keycloak stores usernames in lower case. */
  public static Address parse(String text) {
    String address = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
    int at = address.lastIndexOf('@');
    if (at <= 0 || at == address.length() - 1) {
      throw new ServiceException(400, null, null,
          "'" + text + "' is not a mail address; accounts are named by their full address, e.g. name@example.com.");
    }
    return new Address(address.substring(0, at), address.substring(at + 1));
  }

  @Override
  public String toString() {
    return localPart + "@" + domain;
  }
}
