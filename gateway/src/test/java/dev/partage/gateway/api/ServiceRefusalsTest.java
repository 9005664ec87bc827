package dev.partage.gateway.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.partage.contracts.acl.ShareRefusal;
import dev.partage.contracts.error.ServiceError;
import org.junit.jupiter.api.Test;

/** acl-service's and the collection services' refusals keep their sentence under a stable code. */
class ServiceRefusalsTest {

  @Test
  void eachOfAclServicesReasonsToRefuseAShareIsItsOwnCodeWithItsSentence() {
    for (ShareRefusal reason : ShareRefusal.values()) {
      String sentence = "Because of " + reason + ".";
      assertThat(ServiceRefusals.toApi(reason.refuse(sentence).error()))
          .isEqualTo(new ApiError(403, reason.condition(), sentence));
    }
    assertThat(ApiError.NOT_HOSTED).isEqualTo("not-hosted");
    assertThat(ApiError.POLICY_REFUSED).isEqualTo("policy-refused");
    assertThat(ApiError.NO_SUCH_GRANTEE).isEqualTo("no-such-grantee");
  }

  @Test
  void aConditionInAnotherNamespaceIsNotTakenForACode() {
    assertThat(ServiceRefusals.toApi(new ServiceError(403, "urn:other", "policy-refused", "No.", null)).error())
        .isEqualTo("forbidden");
  }

  @Test
  void aMissingPrivilegeIsForbidden() {
    assertThat(ServiceRefusals.toApi(new ServiceError(403, "DAV:", "need-privileges", "Only the owner…", null)))
        .isEqualTo(new ApiError(403, "forbidden", "Only the owner…"));
  }

  @Test
  void aNameAlreadyUsedIsAConflict() {
    assertThat(ServiceRefusals.toApi(refusal(405, null, "A collection with this name already exists here.")))
        .isEqualTo(new ApiError(409, "name-taken", "A collection with this name already exists here."));
  }

  @Test
  void badRequestsAndMissingThingsKeepTheirStatus() {
    assertThat(ServiceRefusals.toApi(refusal(400, null, "'x' is not a mail address.")))
        .isEqualTo(new ApiError(400, "invalid-request", "'x' is not a mail address."));
    assertThat(ServiceRefusals.toApi(refusal(404, null, "No such collection.")).error()).isEqualTo("not-found");
    assertThat(ServiceRefusals.toApi(refusal(409, null, "Retry.")).error()).isEqualTo("conflict");
  }

  @Test
  void aServiceFailingIsTheGatewaysUpstreamFailingWithoutItsInternals() {
    assertThat(ServiceRefusals.toApi(refusal(500, null, "NullPointerException at …")))
        .isEqualTo(new ApiError(502, "unavailable", "A service behind the gateway failed; try again shortly."));
    assertThat(ServiceRefusals.toApi(refusal(0, null, null)).status()).isEqualTo(502);
    assertThat(ServiceRefusals.toApi(refusal(503, null, "Starting.")))
        .isEqualTo(new ApiError(503, "unavailable", "Starting."));
  }

  private static ServiceError refusal(int status, String condition, String message) {
    return new ServiceError(status, null, condition, message, null);
  }
}
