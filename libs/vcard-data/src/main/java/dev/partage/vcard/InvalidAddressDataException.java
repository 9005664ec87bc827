package dev.partage.vcard;

/**
 * An address object resource the server must refuse. {@link #condition()} is the local name of the
 * CARDDAV precondition to report (RFC 6352 section 6.3.2.1), in the CARDDAV namespace; the message
 * is a sentence the user can act on.
 */
public final class InvalidAddressDataException extends RuntimeException {

  /** The body is not one vCard a CardDAV server can store (RFC 6352 sections 5.1 and 6.3.2.1). */
  public static final String VALID_ADDRESS_DATA = "valid-address-data";

  /** The vCard is in a version the server does not support, such as 2.1 (section 6.3.2.1). */
  public static final String SUPPORTED_ADDRESS_DATA = "supported-address-data";

  private final String condition;

  public InvalidAddressDataException(String condition, String message) {
    super(message);
    this.condition = condition;
  }

  public String condition() {
    return condition;
  }
}
