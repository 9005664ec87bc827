package dev.partage.gateway.api;

import dev.partage.contracts.acl.ShareRefusal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The body of every refused management API request.
 *
 * @param error a stable code, one of the constants of this record
 * @param message a sentence a person can act on
 */
@Schema(name = "Error", description = "Why a request was refused.")
public record ApiError(
    @Schema(description = "The HTTP status, repeated.", examples = "403") int status,
    @Schema(description = "A stable code: invalid-request, not-found, name-taken, not-hosted,"
        + " policy-refused, no-such-grantee, forbidden, conflict, unavailable.", examples = "policy-refused")
        String error,
    @Schema(description = "What went wrong, in a sentence a person can act on.") String message) {

  public static final String INVALID_REQUEST = "invalid-request";
  public static final String NOT_FOUND = "not-found";
  public static final String NAME_TAKEN = "name-taken";
  /** An address or domain not hosted on the platform: it can be given nothing (ARCHITECTURE.md, Rights). */
  public static final String NOT_HOSTED = ShareRefusal.NOT_HOSTED.condition();
  /** The owner's and grantee's domains' sharing policies do not allow sharing between them. */
  public static final String POLICY_REFUSED = ShareRefusal.POLICY_REFUSED.condition();
  /** A hosted domain, but no such account or group in it. */
  public static final String NO_SUCH_GRANTEE = ShareRefusal.NO_SUCH_GRANTEE.condition();
  public static final String FORBIDDEN = "forbidden";
  public static final String CONFLICT = "conflict";
  /** A service behind the gateway failed or could not be reached; retrying later may work. */
  public static final String UNAVAILABLE = "unavailable";
}
