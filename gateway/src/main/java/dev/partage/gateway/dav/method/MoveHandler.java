package dev.partage.gateway.dav.method;

import dev.partage.gateway.dav.access.DavPrivilege;
import dev.partage.gateway.dav.request.DavRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;

/**
 * MOVE (RFC 4918 section 9.9) of a calendar object or a vCard: it leaves its collection, hence
 * unbind.
 */
@ApplicationScoped
public class MoveHandler implements DavMethodHandler {

  private final ObjectTransfer transfer;

  public MoveHandler(ObjectTransfer transfer) {
    this.transfer = transfer;
  }

  @Override
  public String method() {
    return "MOVE";
  }

  @Override
  public DavPrivilege requiredPrivilege() {
    return DavPrivilege.UNBIND;
  }

  @Override
  public Response handle(DavRequest request) {
    return transfer.transfer(request, true);
  }
}
