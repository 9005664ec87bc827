package dev.partage.gateway.dav.method;

import dev.partage.gateway.backend.CollectionDirectory;
import dev.partage.gateway.backend.CollectionRef;
import dev.partage.gateway.dav.access.DavPrivilege;
import dev.partage.gateway.dav.error.MethodNotAllowed;
import dev.partage.gateway.dav.request.DavRequest;
import dev.partage.gateway.dav.routing.DavTarget;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;

/** DELETE (RFC 4918 section 9.6) of a member or of a whole collection, in either home. */
@ApplicationScoped
public class DeleteHandler implements DavMethodHandler {

  private final CollectionDirectory directory;

  public DeleteHandler(CollectionDirectory directory) {
    this.directory = directory;
  }

  @Override
  public String method() {
    return "DELETE";
  }

  @Override
  public DavPrivilege requiredPrivilege() {
    return DavPrivilege.UNBIND;
  }

  @Override
  public Response handle(DavRequest request) {
    DavTarget target = request.target();
    if (!(target instanceof DavTarget.Member) && !(target instanceof DavTarget.Collection)) {
      throw new MethodNotAllowed(
          AllowedMethods.of(target),
          "Only calendars, address books and what they hold can be deleted.");
    }
    CollectionRef collection = request.existingCollection();
    if (target instanceof DavTarget.Member object) {
      collection.api().deleteObject(collection.id(), object.name(), request.header("If-Match"));
    } else {
      collection.api().deleteCollection(collection.id());
    }
    directory.forget(target.owner());
    return Response.noContent().build();
  }
}
