package dev.partage.gateway.dav.report;

import dev.partage.contracts.collection.AddressData;
import dev.partage.dav.request.AddressDataRequest;

/** The internal API's shape of the vCards a report asks for (RFC 6352 section 10.4). */
final class AddressDataShapes {

  private AddressDataShapes() {}

  /**
   * The shape {@code request} asks for; without CARDDAV:address-data the cards are read as stored,
   * since a multiget needs them for their entity tags and other properties anyway.
   */
  static AddressData of(AddressDataRequest request) {
    return request == null
        ? AddressData.asStored()
        : new AddressData(request.version(), request.properties());
  }

  /** The shape for a query, or null when it asks for no address-data (hrefs and etags only). */
  static AddressData orNull(AddressDataRequest request) {
    return request == null ? null : of(request);
  }
}
