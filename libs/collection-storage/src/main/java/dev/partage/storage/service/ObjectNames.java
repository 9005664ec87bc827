package dev.partage.storage.service;

import dev.partage.contracts.error.ServiceException;

/** The rules for a member's name: one URL segment a client may choose freely. */
public final class ObjectNames {

  private static final int MAX_LENGTH = 255;

  private ObjectNames() {}

  public static String check(String name) {
    if (name == null || name.isEmpty() || name.length() > MAX_LENGTH
        || name.equals(".") || name.equals("..") || name.indexOf('/') >= 0 || hasControl(name)) {
      throw new ServiceException(400, null, null,
          "A resource name must be one path segment of 1 to " + MAX_LENGTH + " characters without '/' or control characters.");
    }
    return name;
  }

  private static boolean hasControl(String name) {
    return name.chars().anyMatch(c -> c < 0x20 || c == 0x7f);
  }
}
