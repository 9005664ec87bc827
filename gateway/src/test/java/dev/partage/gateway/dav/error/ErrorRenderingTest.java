package dev.partage.gateway.dav.error;

import static dev.partage.gateway.dav.XmlAssertions.assertSameXmlAs;
import static org.assertj.core.api.Assertions.assertThat;

import dev.partage.contracts.error.ServiceError;
import dev.partage.contracts.error.ServiceException;
import dev.partage.dav.xml.DavException;
import dev.partage.dav.xml.DavNames;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.junit.jupiter.api.Test;

class ErrorRenderingTest {

  @Test
  void aDavExceptionBecomesItsStatusAndADavErrorBody() {
    Response response =
        new DavExceptionMapper()
            .toResponse(
                DavException.forbidden(
                    DavNames.VALID_SYNC_TOKEN, "Synchronize again with an empty token."));
    assertThat(response.getStatus()).isEqualTo(403);
    assertThat(response.getHeaderString("Content-Type"))
        .isEqualTo("application/xml; charset=utf-8");
    assertSameXmlAs((String) response.getEntity(), "/dav/error-valid-sync-token.xml");
  }

  /** Where the refused PUT went: the service's href is a name in that collection. */
  private static final URI PUT_URI = URI.create("http://127.0.0.1:8080/dav/calendars/ann@example.org/work/new.ics");

  @Test
  void aServiceRefusalKeepsItsPreconditionHrefAndSentence() {
    ServiceException refusal =
        new ServiceException(
            new ServiceError(
                409,
                "urn:ietf:params:xml:ns:caldav",
                "no-uid-conflict",
                "Another event of this calendar already has this UID.",
                "other.ics"));
    Response response = XmlResponses.error(ServiceErrors.toDav(refusal, PUT_URI));
    assertThat(response.getStatus()).isEqualTo(409);
    assertSameXmlAs((String) response.getEntity(), "/dav/error-no-uid-conflict.xml");
  }

  @Test
  void aServiceRefusalWithoutPreconditionHasOnlyTheSentence() {
    DavException dav = ServiceErrors.toDav(ServiceException.notFound("No such event."), PUT_URI);
    assertThat(dav.status()).isEqualTo(404);
    assertThat(dav.condition()).isNull();
    assertThat(dav.getMessage()).isEqualTo("No such event.");
  }

  @Test
  void aFailingServiceIsABadGatewayForTheClient() {
    DavException dav =
        ServiceErrors.toDav(new ServiceException(500, null, null, "Internal Server Error"), PUT_URI);
    assertThat(dav.status()).isEqualTo(502);
  }

  @Test
  void anErrorAnswerTheClientCouldNotReadIsABadGatewayToo() {
    // A JSON body that is no ServiceError deserialises with status 0.
    DavException dav = ServiceErrors.toDav(new ServiceException(0, null, null, null), PUT_URI);
    assertThat(dav.status()).isEqualTo(502);
  }

  @Test
  void aServiceErrorWithoutMessageStillSaysSomething() {
    DavException dav = ServiceErrors.toDav(new ServiceException(409, null, null, null), PUT_URI);
    assertThat(dav.getMessage()).isNotBlank();
  }

  @Test
  void a405SaysWhichMethodsTheResourceSupports() {
    Response response =
        XmlResponses.error(new MethodNotAllowed("OPTIONS, PROPFIND", "Not on a home."));
    assertThat(response.getStatus()).isEqualTo(405);
    assertThat(response.getHeaderString("Allow")).isEqualTo("OPTIONS, PROPFIND");
  }
}
