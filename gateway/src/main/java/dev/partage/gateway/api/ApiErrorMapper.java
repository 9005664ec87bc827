package dev.partage.gateway.api;

import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import dev.partage.contracts.error.ServiceException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Renders every refusal of the management API as {@link ApiError} JSON. The DAV dispatcher turns
 * service refusals into DAV errors itself (see dev.partage.gateway.dav.error.ServiceErrors), and
 * only the API reads JSON bodies, so these mappers see the API's exceptions alone, but for JAX-RS's
 * own refusals, which they leave as they are outside the API.
 */
public class ApiErrorMapper {

  private static final Logger LOG = Logger.getLogger(ApiErrorMapper.class);

  private static final int NOT_FOUND = 404;
  private static final int METHOD_NOT_ALLOWED = 405;
  private static final int UNSUPPORTED_MEDIA_TYPE = 415;
  private static final int BAD_GATEWAY = 502;

  @ServerExceptionMapper
  public Response refused(ApiException e) {
    return json(e.error());
  }

  @ServerExceptionMapper
  public Response refusedBehind(ServiceException e) {
    return json(ServiceRefusals.toApi(e.error()));
  }

  @ServerExceptionMapper
  public Response unreachable(ProcessingException e) {
    LOG.warnf(e, "A service behind the gateway could not be reached");
    return json(new ApiError(BAD_GATEWAY, ApiError.UNAVAILABLE,
        "A service behind the gateway could not be reached; try again shortly."));
  }

  /**
   * JAX-RS's own refusals: an unknown path or method, and a body that is not JSON at all (Quarkus
   * wraps Jackson's parse error in a 400). Thrown for every resource, so outside the API they keep
   * their usual answer.
   */
  @ServerExceptionMapper
  public Response refusedByJaxRs(WebApplicationException e, UriInfo uri) {
    if (!uri.getPath().replaceFirst("^/", "").startsWith("api/")) {
      return e.getResponse();
    }
    int status = e.getResponse().getStatus();
    if (e.getCause() instanceof StreamReadException unparsable) {
      return json(ApiException.invalid("The request body is not valid JSON: " + unparsable.getOriginalMessage()).error());
    }
    return json(switch (status) {
      case NOT_FOUND -> ApiException.notFound("There is no such API path; /q/openapi lists them.").error();
      case METHOD_NOT_ALLOWED -> new ApiError(status, ApiError.INVALID_REQUEST,
          "This path does not take that method; /q/openapi lists the ones it does.");
      case UNSUPPORTED_MEDIA_TYPE -> new ApiError(status, ApiError.INVALID_REQUEST,
          "Send the body as JSON, with Content-Type: application/json.");
      default -> status >= 500
          ? new ApiError(status, ApiError.UNAVAILABLE, "The gateway could not answer; try again shortly.")
          : new ApiError(status, ApiError.INVALID_REQUEST, "The request was refused; /q/openapi describes"
              + " what each path takes.");
    });
  }

  /** JSON, but a field of the wrong type or an unknown value (a role that does not exist, say). */
  @ServerExceptionMapper
  public Response mismatched(MismatchedInputException e) {
    String field = e.getPath().isEmpty() ? "the body" : "'" + fieldPath(e) + "'";
    return json(ApiException.invalid("The value of " + field + " is not valid here; see the API's"
        + " description at /q/openapi for the values it takes.").error());
  }

  /** "sharees[0].role", as the webmail's developer wrote the body. */
  private static String fieldPath(MismatchedInputException e) {
    return e.getPath().stream()
        .map(step -> step.getFieldName() != null ? "." + step.getFieldName() : "[" + step.getIndex() + "]")
        .collect(Collectors.joining())
        .replaceFirst("^\\.", "");
  }

  private static Response json(ApiError error) {
    return Response.status(error.status()).type(MediaType.APPLICATION_JSON).entity(error).build();
  }
}
