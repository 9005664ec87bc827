package dev.partage.gateway.dav;

import dev.partage.contracts.error.ServiceException;
import dev.partage.dav.xml.DavException;
import dev.partage.gateway.auth.CurrentUser;
import dev.partage.gateway.backend.CollectionLocator;
import dev.partage.gateway.backend.CollectionRef;
import dev.partage.gateway.dav.access.Access;
import dev.partage.gateway.dav.access.AccessPolicy;
import dev.partage.gateway.dav.error.ServiceErrors;
import dev.partage.gateway.dav.method.DavMethodHandler;
import dev.partage.gateway.dav.method.MethodHandlers;
import dev.partage.gateway.dav.request.DavRequest;
import dev.partage.gateway.dav.request.RequestHeaders;
import dev.partage.gateway.dav.routing.DavPaths;
import dev.partage.gateway.dav.routing.DavTarget;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.Optional;

/**
 * The fixed pipeline of every DAV request: route the raw path to a target, locate the collection it
 * names or lies in, decide the user's access once, check the privilege the method needs, and hand
 * over to the method's handler. Service refusals become DAV errors here.
 */
@ApplicationScoped
public class DavDispatcher {

  private static final int BAD_GATEWAY = 502;

  private final MethodHandlers handlers;
  private final AccessPolicy accessPolicy;
  private final CollectionLocator locator;
  private final CurrentUser currentUser;

  public DavDispatcher(
      MethodHandlers handlers,
      AccessPolicy accessPolicy,
      CollectionLocator locator,
      CurrentUser currentUser) {
    this.handlers = handlers;
    this.accessPolicy = accessPolicy;
    this.locator = locator;
    this.currentUser = currentUser;
  }

  public Response dispatch(String method, UriInfo uriInfo, HttpHeaders headers, byte[] body) {
    DavMethodHandler handler = handlers.forMethod(method);
    URI uri = uriInfo.getRequestUri();
    try {
      DavTarget target = DavPaths.parse(uri.getRawPath());
      String user = currentUser.name();
      Optional<CollectionRef> located = locator.locate(user, target);
      Access access = accessPolicy.decide(user, target, located);
      if (handler.requiredPrivilege() != null) {
        access.require(handler.requiredPrivilege());
      }
      Optional<CollectionRef> collection = access.visible() ? located : Optional.empty();
      RequestHeaders requestHeaders = RequestHeaders.of(headers.getRequestHeaders());
      return handler.handle(
          new DavRequest(uri, target, access, user, requestHeaders, body, collection));
    } catch (ServiceException refused) {
      throw ServiceErrors.toDav(refused, uri);
    } catch (ProcessingException unreachable) {
      throw new DavException(
          BAD_GATEWAY, null, "A collection service could not be reached; try again shortly.");
    }
  }
}
