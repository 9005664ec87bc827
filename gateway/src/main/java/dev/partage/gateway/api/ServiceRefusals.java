package dev.partage.gateway.api;

import dev.partage.contracts.acl.ShareRefusal;
import dev.partage.contracts.error.ServiceError;

/**
 * Turns a refusal of acl-service or a collection service into the management API's error: the
 * service's sentence is passed on as it is (it already says what to do), under a stable code.
 *
 * <p>A condition in Partage's own namespace ({@link ShareRefusal}, acl-service's reasons to refuse
 * a share) is the API code itself; DAV conditions are mapped by status.
 */
final class ServiceRefusals {

  private static final int BAD_REQUEST = 400;
  private static final int FORBIDDEN = 403;
  private static final int NOT_FOUND = 404;
  private static final int METHOD_NOT_ALLOWED = 405;
  private static final int CONFLICT = 409;
  private static final int BAD_GATEWAY = 502;
  private static final int SERVICE_UNAVAILABLE = 503;
  private static final int GATEWAY_TIMEOUT = 504;

  private ServiceRefusals() {}

  static ApiError toApi(ServiceError refusal) {
    int status = refusal.status();
    if (status == METHOD_NOT_ALLOWED) {
      // collection-storage's answer to a name its owner already uses, in DAV terms (RFC 4791 5.3.1)
      return new ApiError(CONFLICT, ApiError.NAME_TAKEN, sentence(refusal,
          "You already have a collection of this name; choose another name."));
    }
    if (status < BAD_REQUEST || status > 599 || status >= 500 && status != SERVICE_UNAVAILABLE
        && status != GATEWAY_TIMEOUT) {
      return new ApiError(BAD_GATEWAY, ApiError.UNAVAILABLE,
          "A service behind the gateway failed; try again shortly.");
    }
    return new ApiError(status, codeOf(refusal), sentence(refusal, "The request was refused."));
  }

  private static String codeOf(ServiceError refusal) {
    if (ShareRefusal.NAMESPACE.equals(refusal.namespace()) && refusal.condition() != null) {
      return refusal.condition();
    }
    return switch (refusal.status()) {
      case BAD_REQUEST -> ApiError.INVALID_REQUEST;
      case NOT_FOUND -> ApiError.NOT_FOUND;
      case CONFLICT -> ApiError.CONFLICT;
      case FORBIDDEN -> ApiError.FORBIDDEN;
      case SERVICE_UNAVAILABLE, GATEWAY_TIMEOUT -> ApiError.UNAVAILABLE;
      default -> ApiError.INVALID_REQUEST;
    };
  }

  private static String sentence(ServiceError refusal, String fallback) {
    return refusal.message() == null || refusal.message().isBlank() ? fallback : refusal.message();
  }
}
