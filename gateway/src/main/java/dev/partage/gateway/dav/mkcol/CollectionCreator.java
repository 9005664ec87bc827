package dev.partage.gateway.dav.mkcol;

import dev.partage.contracts.collection.NewCollection;
import dev.partage.dav.request.MkcolRequest;
import dev.partage.dav.xml.DavException;
import dev.partage.dav.xml.DavNames;
import dev.partage.gateway.backend.CollectionDirectory;
import dev.partage.gateway.dav.error.MethodNotAllowed;
import dev.partage.gateway.dav.method.AllowedMethods;
import dev.partage.gateway.dav.request.DavRequest;
import dev.partage.gateway.dav.routing.DavTarget;
import dev.partage.gateway.dav.routing.HomeKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;

/**
 * Creates a calendar (MKCALENDAR, extended MKCOL) or an address book (MKCOL, RFC 6352 section
 * 6.3.1) in the home the URL names, on the service that holds that home's collections.
 */
@ApplicationScoped
public class CollectionCreator {

  private final CollectionDirectory directory;

  public CollectionCreator(CollectionDirectory directory) {
    this.directory = directory;
  }

  public Response create(DavRequest request, MkcolRequest body) {
    if (!(request.target() instanceof DavTarget.Collection target)) {
      throw notInAHome(request.target().kind());
    }
    if (request.collection().isPresent()) {
      throw new MethodNotAllowed(
          AllowedMethods.of(target),
          DavNames.RESOURCE_MUST_BE_NULL,
          "A "
              + target.kind().collectionNoun()
              + " already exists at this URL; choose another name.");
    }
    NewCollection collection = NewCollectionReader.read(target.kind(), target.name(), body);
    directory
        .apiFor(target.kind(), collection.components())
        .createCollection(target.owner(), collection);
    directory.forget(target.owner());
    return Response.status(Response.Status.CREATED).build();
  }

  /**
   * RFC 4791 section 5.3.1.1 and RFC 6352 section 6.3.1: collections live directly in their home,
   * never nested, and nowhere else.
   */
  private static DavException notInAHome(HomeKind kind) {
    if (kind == HomeKind.ADDRESS_BOOKS) {
      return DavException.forbidden(
          DavNames.ADDRESSBOOK_COLLECTION_LOCATION_OK,
          "Create address books directly in your address-book home, as"
              + " /dav/addressbooks/{you}/{name}/.");
    }
    return DavException.forbidden(
        DavNames.CALENDAR_COLLECTION_LOCATION_OK,
        "Create calendars directly in your calendar home, as /dav/calendars/{you}/{name}/.");
  }
}
