package dev.partage.contracts.collection;

import java.util.List;

/**
 * The vCard a client asked for (RFC 6352 section 10.4): in a version, and with only some properties.
 *
 * @param version "3.0" or "4.0" to convert to; null: as stored
 * @param properties the property names to keep (plus those a vCard cannot lack: BEGIN, END,
 *     VERSION, UID, FN, N in 3.0); empty: all
 */
public record AddressData(String version, List<String> properties) {

  public AddressData {
    properties = properties == null ? List.of() : List.copyOf(properties);
  }

  public static AddressData asStored() {
    return new AddressData(null, List.of());
  }
}
