package dev.partage.gateway.dav.method;

import dev.partage.contracts.collection.WriteResult;
import dev.partage.contracts.error.ServiceException;
import dev.partage.dav.xml.DavException;
import dev.partage.gateway.backend.CollectionDirectory;
import dev.partage.gateway.backend.CollectionRef;
import dev.partage.gateway.dav.access.DavPrivilege;
import dev.partage.gateway.dav.access.WritePreconditions;
import dev.partage.gateway.dav.error.MethodNotAllowed;
import dev.partage.gateway.dav.request.DavRequest;
import dev.partage.gateway.dav.request.MemberBody;
import dev.partage.gateway.dav.routing.DavTarget;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;

/**
 * PUT of a calendar object (RFC 4791 section 5.3.2) or a vCard (RFC 6352 section 6.3.2). The
 * conditional headers go to the service, which compares them with the stored entity tag in the same
 * transaction as the write; {@link WritePreconditions} adds the one that keeps a sharee who may
 * only create, or only change, to what they may do.
 */
@ApplicationScoped
public class PutHandler implements DavMethodHandler {

  private final CollectionDirectory directory;

  public PutHandler(CollectionDirectory directory) {
    this.directory = directory;
  }

  @Override
  public String method() {
    return "PUT";
  }

  /**
   * Creating needs DAV:bind and replacing DAV:write-content (RFC 3744 Appendix B), which only the
   * service knows apart: the dispatcher checks only that the collection is readable.
   */
  @Override
  public DavPrivilege requiredPrivilege() {
    return DavPrivilege.READ;
  }

  @Override
  public Response handle(DavRequest request) {
    if (!(request.target() instanceof DavTarget.Member target)) {
      throw new MethodNotAllowed(
          AllowedMethods.of(request.target()),
          "Only calendar objects and vCards can be written with PUT; create calendars with"
              + " MKCALENDAR and address books with MKCOL.");
    }
    CollectionRef collection =
        request
            .collection()
            .orElseThrow(
                // RFC 4918 section 9.7.1: a PUT into a missing collection is a 409.
                () ->
                    DavException.conflict(
                        null,
                        "The "
                            + target.kind().collectionNoun()
                            + " \""
                            + target.collection()
                            + "\" does not exist; create it first."));
    WritePreconditions conditions =
        WritePreconditions.of(
            request.access(),
            target.kind(),
            request.header("If-Match"),
            request.header("If-None-Match"));
    String body = MemberBody.decode(target.kind(), request.header("Content-Type"), request.body());
    WriteResult result;
    try {
      result =
          collection
              .api()
              .putObject(
                  collection.id(),
                  target.name(),
                  conditions.ifMatch(),
                  conditions.ifNoneMatch(),
                  body);
    } catch (ServiceException refused) {
      throw conditions.explain(refused);
    }
    directory.forget(collection.owner());
    // RFC 4791 section 5.3.4 and RFC 6352 section 6.3.2.3: a strong ETag on both answers lets
    // clients skip a GET.
    return Response.status(result.created() ? Response.Status.CREATED : Response.Status.NO_CONTENT)
        .header("ETag", result.etag())
        .build();
  }
}
