package dev.partage.gateway.dav.error;

import dev.partage.dav.xml.DavException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Renders every refused DAV request as its status and DAV:error body. */
@Provider
public class DavExceptionMapper implements ExceptionMapper<DavException> {

  @Override
  public Response toResponse(DavException exception) {
    return XmlResponses.error(exception);
  }
}
