package dev.partage.gateway.dav.method;

import dev.partage.gateway.dav.access.DavPrivilege;
import dev.partage.gateway.dav.request.DavRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;

/** GET (RFC 9110 section 9.3.1) of a calendar object or a vCard. */
@ApplicationScoped
public class GetHandler implements DavMethodHandler {

  private final ObjectReader reader;

  public GetHandler(ObjectReader reader) {
    this.reader = reader;
  }

  @Override
  public String method() {
    return "GET";
  }

  @Override
  public DavPrivilege requiredPrivilege() {
    return DavPrivilege.READ;
  }

  @Override
  public Response handle(DavRequest request) {
    return reader.read(request, true);
  }
}
