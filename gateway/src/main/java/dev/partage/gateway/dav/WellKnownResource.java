package dev.partage.gateway.dav;

import dev.partage.gateway.dav.routing.DavUrls;
import dev.partage.gateway.dav.verb.PROPFIND;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/**
 * RFC 6764 section 5: {@code /.well-known/caldav} and {@code /.well-known/carddav} redirect to the
 * DAV root, where the principal leads to both homes. iOS and macOS send PROPFIND to them, other
 * clients GET; both are redirected.
 */
@Path("/.well-known/{service: caldav|carddav}")
public class WellKnownResource {

  @GET
  public Response get() {
    return redirect();
  }

  @PROPFIND
  public Response propfind() {
    return redirect();
  }

  private static Response redirect() {
    return Response.status(Response.Status.MOVED_PERMANENTLY)
        .location(URI.create(DavUrls.ROOT))
        .build();
  }
}
