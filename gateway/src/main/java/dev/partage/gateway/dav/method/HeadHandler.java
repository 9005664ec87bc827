package dev.partage.gateway.dav.method;

import dev.partage.gateway.dav.access.DavPrivilege;
import dev.partage.gateway.dav.request.DavRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;

/** HEAD (RFC 9110 section 9.3.2): the headers a GET would send, without the body. */
@ApplicationScoped
public class HeadHandler implements DavMethodHandler {

  private final ObjectReader reader;

  public HeadHandler(ObjectReader reader) {
    this.reader = reader;
  }

  @Override
  public String method() {
    return "HEAD";
  }

  @Override
  public DavPrivilege requiredPrivilege() {
    return DavPrivilege.READ;
  }

  @Override
  public Response handle(DavRequest request) {
    return reader.read(request, false);
  }
}
