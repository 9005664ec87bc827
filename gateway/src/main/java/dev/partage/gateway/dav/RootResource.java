package dev.partage.gateway.dav;

import dev.partage.gateway.dav.verb.PROPFIND;
import jakarta.ws.rs.OPTIONS;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/**
 * The server's root: clients configured with the bare host name (Thunderbird, DAVx5 without
 * well-known support) start with PROPFIND or OPTIONS on {@code /}.
 */
@Path("/")
public class RootResource {

  private final DavDispatcher dispatcher;

  public RootResource(DavDispatcher dispatcher) {
    this.dispatcher = dispatcher;
  }

  @OPTIONS
  public Response options(@Context UriInfo uri, @Context HttpHeaders headers) {
    return dispatcher.dispatch("OPTIONS", uri, headers, null);
  }

  @PROPFIND
  public Response propfind(@Context UriInfo uri, @Context HttpHeaders headers, byte[] body) {
    return dispatcher.dispatch("PROPFIND", uri, headers, body);
  }
}
