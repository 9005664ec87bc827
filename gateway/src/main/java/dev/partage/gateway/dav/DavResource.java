package dev.partage.gateway.dav;

import dev.partage.gateway.dav.error.MethodNotAllowed;
import dev.partage.gateway.dav.method.AllowedMethods;
import dev.partage.gateway.dav.routing.DavPaths;
import dev.partage.gateway.dav.verb.COPY;
import dev.partage.gateway.dav.verb.LOCK;
import dev.partage.gateway.dav.verb.MKCALENDAR;
import dev.partage.gateway.dav.verb.MKCOL;
import dev.partage.gateway.dav.verb.MOVE;
import dev.partage.gateway.dav.verb.PROPFIND;
import dev.partage.gateway.dav.verb.PROPPATCH;
import dev.partage.gateway.dav.verb.REPORT;
import dev.partage.gateway.dav.verb.UNLOCK;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HEAD;
import jakarta.ws.rs.OPTIONS;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/**
 * Every DAV URL under {@code /dav/}: one method per verb, each handing the raw request to the
 * dispatcher. Segments come from the raw URI there, not from the {@code path} parameter, which
 * loses the trailing slash and decodes %2F (PLATFORM.md). Bodies are read whole, as bytes: the size
 * limits apply before any parsing.
 */
@Path("/dav")
public class DavResource {

  private static final String ANY_PATH = "{path: .*}";

  private final DavDispatcher dispatcher;

  public DavResource(DavDispatcher dispatcher) {
    this.dispatcher = dispatcher;
  }

  @OPTIONS
  @Path(ANY_PATH)
  public Response options(@Context UriInfo uri, @Context HttpHeaders headers) {
    return dispatcher.dispatch("OPTIONS", uri, headers, null);
  }

  @PROPFIND
  @Path(ANY_PATH)
  public Response propfind(@Context UriInfo uri, @Context HttpHeaders headers, byte[] body) {
    return dispatcher.dispatch("PROPFIND", uri, headers, body);
  }

  @PROPPATCH
  @Path(ANY_PATH)
  public Response proppatch(@Context UriInfo uri, @Context HttpHeaders headers, byte[] body) {
    return dispatcher.dispatch("PROPPATCH", uri, headers, body);
  }

  @REPORT
  @Path(ANY_PATH)
  public Response report(@Context UriInfo uri, @Context HttpHeaders headers, byte[] body) {
    return dispatcher.dispatch("REPORT", uri, headers, body);
  }

  @MKCALENDAR
  @Path(ANY_PATH)
  public Response mkcalendar(@Context UriInfo uri, @Context HttpHeaders headers, byte[] body) {
    return dispatcher.dispatch("MKCALENDAR", uri, headers, body);
  }

  @MKCOL
  @Path(ANY_PATH)
  public Response mkcol(@Context UriInfo uri, @Context HttpHeaders headers, byte[] body) {
    return dispatcher.dispatch("MKCOL", uri, headers, body);
  }

  @GET
  @Path(ANY_PATH)
  public Response get(@Context UriInfo uri, @Context HttpHeaders headers) {
    return dispatcher.dispatch("GET", uri, headers, null);
  }

  @LOCK
  @Path(ANY_PATH)
  public Response lock(@Context UriInfo uri) {
    throw notLockable(uri);
  }

  @UNLOCK
  @Path(ANY_PATH)
  public Response unlock(@Context UriInfo uri) {
    throw notLockable(uri);
  }

  /** Clients that lock (some WebDAV tools) must get a 405 with Allow (RFC 9110 section 15.5.6). */
  private static MethodNotAllowed notLockable(UriInfo uri) {
    return new MethodNotAllowed(
        AllowedMethods.of(DavPaths.parse(uri.getRequestUri().getRawPath())),
        "Partage does not lock resources (it is DAV class 1); write with If-Match instead.");
  }

  @HEAD
  @Path(ANY_PATH)
  public Response head(@Context UriInfo uri, @Context HttpHeaders headers) {
    return dispatcher.dispatch("HEAD", uri, headers, null);
  }

  /** Sharing changes (CS:share, DAV:share-resource) on a collection. */
  @POST
  @Path(ANY_PATH)
  public Response post(@Context UriInfo uri, @Context HttpHeaders headers, byte[] body) {
    return dispatcher.dispatch("POST", uri, headers, body);
  }

  @PUT
  @Path(ANY_PATH)
  public Response put(@Context UriInfo uri, @Context HttpHeaders headers, byte[] body) {
    return dispatcher.dispatch("PUT", uri, headers, body);
  }

  @DELETE
  @Path(ANY_PATH)
  public Response delete(@Context UriInfo uri, @Context HttpHeaders headers) {
    return dispatcher.dispatch("DELETE", uri, headers, null);
  }

  @COPY
  @Path(ANY_PATH)
  public Response copy(@Context UriInfo uri, @Context HttpHeaders headers) {
    return dispatcher.dispatch("COPY", uri, headers, null);
  }

  @MOVE
  @Path(ANY_PATH)
  public Response move(@Context UriInfo uri, @Context HttpHeaders headers) {
    return dispatcher.dispatch("MOVE", uri, headers, null);
  }
}
