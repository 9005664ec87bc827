package dev.partage.acl.keycloak;

import dev.partage.acl.policy.Address;

/**
 * A person's account as the directory knows it.
 *
 * @param displayName "First Last", or null when Keycloak has no name for the account
 */
public record Account(Address address, String displayName) {

  /** The name to show people: the display name, else the address's local part. */
  public String shownName() {
    return displayName != null ? displayName : address.localPart();
  }
}
