package dev.partage.dav.request;

import dev.partage.dav.xml.DavException;
import dev.partage.dav.xml.DavNames;
import dev.partage.dav.xml.XmlElement;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Reads a CARDDAV:address-data element inside a report's DAV:prop (RFC 6352 section 10.4). */
final class AddressDataRequestParser {

  /** The DTD defaults of section 10.4: content-type "text/vcard", version "3.0". */
  private static final String DEFAULT_VERSION = "3.0";

  private static final Set<String> VERSIONS = Set.of("3.0", "4.0");

  private AddressDataRequestParser() {}

  /** The address-data request in {@code prop}, or null when it does not ask for address-data. */
  static AddressDataRequest parse(XmlElement prop) {
    XmlElement addressData = prop == null ? null : prop.child(DavNames.ADDRESS_DATA);
    if (addressData == null) {
      return null;
    }
    String contentType = addressData.attribute("content-type");
    String version = addressData.attribute("version");
    String effectiveVersion = version == null ? DEFAULT_VERSION : version.strip();
    boolean vcard = contentType == null || contentType.strip().equalsIgnoreCase("text/vcard");
    if (!vcard || !VERSIONS.contains(effectiveVersion)) {
      // Sections 8.6 and 8.7: a media type the server cannot return fails supported-address-data.
      throw DavException.forbidden(
          DavNames.SUPPORTED_ADDRESS_DATA,
          "Only address-data of type text/vcard, version 3.0 or 4.0, can be returned.");
    }
    return new AddressDataRequest(effectiveVersion, propertyNames(addressData));
  }

  /** Section 10.4.2: each CARDDAV:prop names a vCard property; vCard names are case-insensitive. */
  private static List<String> propertyNames(XmlElement addressData) {
    return addressData.children(DavNames.CARDDAV_PROP).stream()
        .map(
            prop -> {
              String name = prop.attribute("name");
              if (name == null || name.isBlank()) {
                throw DavException.badRequest("Each CARDDAV:prop needs a name attribute.");
              }
              return name.strip().toUpperCase(Locale.ROOT);
            })
        .distinct()
        .toList();
  }
}
