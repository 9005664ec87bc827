package dev.partage.gateway.dav.error;

import dev.partage.dav.xml.DavErrorBody;
import dev.partage.dav.xml.DavException;
import jakarta.ws.rs.core.Response;

/** The HTTP responses that carry XML bodies. */
public final class XmlResponses {

  public static final String CONTENT_TYPE = "application/xml; charset=utf-8";

  private static final int MULTI_STATUS = 207;

  private XmlResponses() {}

  /** A 207 Multi-Status (RFC 4918 section 13). */
  public static Response multistatus(String body) {
    return Response.status(MULTI_STATUS).type(CONTENT_TYPE).entity(body).build();
  }

  /** The status of {@code exception} with its DAV:error body (RFC 4918 section 16). */
  public static Response error(DavException exception) {
    Response.ResponseBuilder response =
        Response.status(exception.status())
            .type(CONTENT_TYPE)
            .entity(DavErrorBody.render(exception));
    if (exception instanceof MethodNotAllowed notAllowed) {
      // RFC 9110 section 15.5.6: a 405 must say which methods the resource does support.
      response.header("Allow", notAllowed.allow());
    }
    return response.build();
  }
}
