package dev.partage.gateway.dav.method;

import dev.partage.dav.request.PropfindParser;
import dev.partage.dav.request.PropfindRequest;
import dev.partage.dav.response.MultistatusWriter;
import dev.partage.dav.xml.DavException;
import dev.partage.gateway.dav.access.DavPrivilege;
import dev.partage.dav.xml.DavNames;
import dev.partage.gateway.dav.error.XmlResponses;
import dev.partage.gateway.dav.property.PropertyMap;
import dev.partage.gateway.dav.request.DavRequest;
import dev.partage.gateway.dav.request.Depth;
import dev.partage.gateway.dav.routing.DavTarget;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;

/** PROPFIND (RFC 4918 section 9.1) on every kind of resource, Depth 0 or 1. */
@ApplicationScoped
public class PropfindHandler implements DavMethodHandler {

  private final PropfindResources resources;

  public PropfindHandler(PropfindResources resources) {
    this.resources = resources;
  }

  @Override
  public String method() {
    return "PROPFIND";
  }

  /** Depends on the depth, so checked in {@link #handle}. */
  @Override
  public DavPrivilege requiredPrivilege() {
    return null;
  }

  @Override
  public Response handle(DavRequest request) {
    // RFC 4918 section 9.1 says a missing Depth means infinity, which is refused below; clients
    // that omit it ask about one resource, so it is read as 0, as Radicale does.
    Depth depth = request.depth(Depth.ZERO);
    request.access().require(privilegeNeeded(request, depth));
    if (depth == Depth.INFINITY) {
      throw DavException.forbidden(
          DavNames.PROPFIND_FINITE_DEPTH,
          "PROPFIND with Depth: infinity is not supported; ask with Depth 0 or 1.");
    }
    PropfindRequest propfind = PropfindParser.parse(request.xmlBody());
    MultistatusWriter multistatus = new MultistatusWriter();
    for (PropertyMap resource : resources.list(request, depth)) {
      multistatus.response(resource.href(), resource.propstats(propfind));
    }
    return XmlResponses.multistatus(multistatus.finish());
  }

  /**
   * DAV:read, except that a free-busy sharee may read the collection itself, Depth 0, so that its
   * client can find it and send free-busy-query (RFC 4791 section 6.1.1), but never its objects.
   */
  private static DavPrivilege privilegeNeeded(DavRequest request, Depth depth) {
    boolean collectionAlone =
        request.target() instanceof DavTarget.Collection && depth == Depth.ZERO;
    return collectionAlone && !request.access().allows(DavPrivilege.READ)
        ? DavPrivilege.READ_FREE_BUSY
        : DavPrivilege.READ;
  }
}
