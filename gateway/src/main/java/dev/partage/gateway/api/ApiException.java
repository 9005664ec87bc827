package dev.partage.gateway.api;

/**
 * A refused management API request: its status, a stable code the webmail can switch on, and a
 * sentence a person can act on. Rendered as {@link ApiError} JSON by {@link ApiErrorMapper}.
 */
public class ApiException extends RuntimeException {

  private final ApiError error;

  public ApiException(int status, String code, String message) {
    super(message, null, false, false);
    this.error = new ApiError(status, code, message);
  }

  public ApiError error() {
    return error;
  }

  public static ApiException invalid(String message) {
    return new ApiException(400, ApiError.INVALID_REQUEST, message);
  }

  /** Also what a collection the user may not manage answers, so that its existence does not leak. */
  public static ApiException forbidden(String message) {
    return new ApiException(403, ApiError.FORBIDDEN, message);
  }

  public static ApiException notFound(String message) {
    return new ApiException(404, ApiError.NOT_FOUND, message);
  }

  public static ApiException nameTaken(String name) {
    return new ApiException(409, ApiError.NAME_TAKEN,
        "You already have a collection named '" + name + "'; choose another name.");
  }
}
