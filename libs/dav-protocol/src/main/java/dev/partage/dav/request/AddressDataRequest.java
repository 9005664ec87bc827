package dev.partage.dav.request;

import java.util.List;

/**
 * A CARDDAV:address-data element among the requested properties (RFC 6352 section 10.4).
 *
 * @param version the vCard version to answer in, "3.0" (the element's default) or "4.0"
 * @param properties the vCard property names asked for with CARDDAV:prop, upper case; empty: all
 */
public record AddressDataRequest(String version, List<String> properties) {

  public AddressDataRequest {
    properties = List.copyOf(properties);
  }
}
