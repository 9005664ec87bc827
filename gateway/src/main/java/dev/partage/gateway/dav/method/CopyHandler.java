package dev.partage.gateway.dav.method;

import dev.partage.gateway.dav.access.DavPrivilege;
import dev.partage.gateway.dav.request.DavRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;

/** COPY (RFC 4918 section 9.8) of a calendar object or a vCard. */
@ApplicationScoped
public class CopyHandler implements DavMethodHandler {

  private final ObjectTransfer transfer;

  public CopyHandler(ObjectTransfer transfer) {
    this.transfer = transfer;
  }

  @Override
  public String method() {
    return "COPY";
  }

  @Override
  public DavPrivilege requiredPrivilege() {
    return DavPrivilege.READ;
  }

  @Override
  public Response handle(DavRequest request) {
    return transfer.transfer(request, false);
  }
}
