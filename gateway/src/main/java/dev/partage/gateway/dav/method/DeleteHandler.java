package dev.partage.gateway.dav.method;

import dev.partage.contracts.acl.GranteeType;
import dev.partage.contracts.api.AclApi;
import dev.partage.gateway.backend.CollectionDirectory;
import dev.partage.gateway.backend.CollectionRef;
import dev.partage.gateway.backend.GrantCaches;
import dev.partage.gateway.dav.access.DavPrivilege;
import dev.partage.gateway.dav.error.MethodNotAllowed;
import dev.partage.gateway.dav.request.DavRequest;
import dev.partage.gateway.dav.routing.DavTarget;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;

/**
 * DELETE (RFC 4918 section 9.6) of a member or of a whole collection, in either home. The privilege
 * depends on what is deleted, so the dispatcher checks only that the target is visible.
 */
@ApplicationScoped
public class DeleteHandler implements DavMethodHandler {

  private final CollectionDirectory directory;
  private final GrantCaches caches;
  private final AclApi acl;

  public DeleteHandler(CollectionDirectory directory, GrantCaches caches, AclApi acl) {
    this.directory = directory;
    this.caches = caches;
    this.acl = acl;
  }

  @Override
  public String method() {
    return "DELETE";
  }

  @Override
  public DavPrivilege requiredPrivilege() {
    return DavPrivilege.READ;
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
      request.access().require(DavPrivilege.UNBIND);
      collection.api().deleteObject(collection.id(), object.name(), request.header("If-Match"));
    } else if (collection.inShareeHome()) {
      leave(request.user(), collection);
    } else {
      // Deleting the collection itself takes it from every sharee: the owner or a manager only.
      request.access().require(DavPrivilege.WRITE_ACL);
      collection.api().deleteCollection(collection.id());
    }
    directory.forget(collection.owner());
    return Response.noContent().build();
  }

  /**
   * A sharee deleting a shared collection in their home leaves the share, as CalendarServer
   * sharing does (caldav-sharing.txt section 5.5.1): the owner's collection stays.
   */
  private void leave(String user, CollectionRef collection) {
    acl.revoke(collection.id(), GranteeType.USER, user);
    caches.grantChanged(collection.id(), collection.owner(), GranteeType.USER, user);
  }
}
