package dev.partage.gateway.api;

import dev.partage.contracts.error.ServiceError;
import java.util.List;

/**
 * Turns a refusal of acl-service or a collection service into the management API's error: the
 * service's sentence is passed on as it is (it already says what to do), under a stable code.
 *
 * <p>acl-service names no condition for its policy refusals yet, only a status and a sentence, so
 * those are told apart by the sentence's wording ({@link #BY_WORDING}). A service that does name a
 * condition without an XML namespace names the API code itself, and that wins.
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

  private record Wording(String fragment, String code) {}

  /** acl-service's sentences (HostedDomains.notHosted, GranteeChecks), the most specific first. */
  private static final List<Wording> BY_WORDING = List.of(
      new Wording("is not hosted on this platform", ApiError.NOT_HOSTED),
      new Wording("sharing policies of", ApiError.POLICY_REFUSED),
      new Wording("There is no account", ApiError.NO_SUCH_GRANTEE),
      new Wording("There is no group", ApiError.NO_SUCH_GRANTEE));

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
    if (refusal.namespace() == null && refusal.condition() != null) {
      return refusal.condition();
    }
    return switch (refusal.status()) {
      case BAD_REQUEST -> ApiError.INVALID_REQUEST;
      case NOT_FOUND -> ApiError.NOT_FOUND;
      case CONFLICT -> ApiError.CONFLICT;
      case FORBIDDEN -> forbiddenCode(refusal.message());
      case SERVICE_UNAVAILABLE, GATEWAY_TIMEOUT -> ApiError.UNAVAILABLE;
      default -> ApiError.INVALID_REQUEST;
    };
  }

  private static String forbiddenCode(String message) {
    String text = message == null ? "" : message;
    return BY_WORDING.stream()
        .filter(wording -> text.contains(wording.fragment()))
        .map(Wording::code)
        .findFirst()
        .orElse(ApiError.FORBIDDEN);
  }

  private static String sentence(ServiceError refusal, String fallback) {
    return refusal.message() == null || refusal.message().isBlank() ? fallback : refusal.message();
  }
}
