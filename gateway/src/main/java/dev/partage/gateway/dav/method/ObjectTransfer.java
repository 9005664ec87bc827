package dev.partage.gateway.dav.method;

import dev.partage.contracts.collection.CopyRequest;
import dev.partage.contracts.collection.ObjectData;
import dev.partage.contracts.collection.WriteResult;
import dev.partage.contracts.error.ServiceException;
import dev.partage.dav.xml.DavException;
import dev.partage.gateway.backend.CollectionDirectory;
import dev.partage.gateway.backend.CollectionLocator;
import dev.partage.gateway.backend.CollectionRef;
import dev.partage.gateway.dav.access.Access;
import dev.partage.gateway.dav.access.AccessPolicy;
import dev.partage.gateway.dav.access.WritePreconditions;
import dev.partage.gateway.dav.error.MethodNotAllowed;
import dev.partage.gateway.dav.request.DavRequest;
import dev.partage.gateway.dav.routing.DavPaths;
import dev.partage.gateway.dav.routing.DavTarget;
import dev.partage.gateway.dav.routing.HomeKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Locale;
import java.util.Optional;

/**
 * COPY and MOVE of a calendar object or a vCard (RFC 4918 sections 9.8 and 9.9) into one of the
 * user's collections of the same home: a vCard never lands in a calendar, nor an event in an
 * address book. Within one service it is one call; between services (a task moved from a calendar
 * to a task list), or when the destination needs a condition the service's COPY cannot carry (a
 * sharee who may change but not create there), it is a read, a conditional write and, for MOVE, a
 * delete. MOVE needs DAV:unbind on the source, which the dispatcher checks; the destination needs
 * DAV:bind or DAV:write-content (RFC 3744 Appendix B).
 */
@ApplicationScoped
public class ObjectTransfer {

  private static final int BAD_GATEWAY = 502;

  private final CollectionDirectory directory;
  private final CollectionLocator locator;
  private final AccessPolicy accessPolicy;

  public ObjectTransfer(
      CollectionDirectory directory, CollectionLocator locator, AccessPolicy accessPolicy) {
    this.directory = directory;
    this.locator = locator;
    this.accessPolicy = accessPolicy;
  }

  public Response transfer(DavRequest request, boolean move) {
    if (!(request.target() instanceof DavTarget.Member source)) {
      throw new MethodNotAllowed(
          AllowedMethods.of(request.target()),
          "Only calendar objects and vCards can be copied or moved.");
    }
    CollectionRef from = request.existingCollection();
    DavTarget.Member destination = destination(request, source.kind());
    Optional<CollectionRef> located = locator.locate(request.user(), destination);
    Access destinationAccess = accessPolicy.decide(request.user(), destination, located);
    CollectionRef to = destinationCollection(destinationAccess, located, destination);
    if (to.id().equals(from.id()) && destination.name().equals(source.name())) {
      throw DavException.forbidden(null, "The source and the destination are the same resource.");
    }
    // RFC 4918 section 10.6: Overwrite: F is the destination's If-None-Match: *.
    String noOverwrite = overwrite(request.header("Overwrite")) ? null : "*";
    Transfer transfer =
        new Transfer(
            from,
            source.name(),
            to,
            destination.name(),
            WritePreconditions.of(destinationAccess, destination.kind(), null, noOverwrite),
            move,
            request.header("If-Match"));
    WriteResult result = transfer.run();
    directory.forget(from.owner());
    directory.forget(to.owner());
    return Response.status(result.created() ? Response.Status.CREATED : Response.Status.NO_CONTENT)
        .header("ETag", result.etag())
        .build();
  }

  /** The Destination header as a member of this server's home of {@code kind} (RFC 4918 10.3). */
  private static DavTarget.Member destination(DavRequest request, HomeKind kind) {
    String header = request.header("Destination");
    if (header == null || header.isBlank()) {
      throw DavException.badRequest("COPY and MOVE need a Destination header.");
    }
    String href = header.strip();
    DavTarget target = DavPaths.parseHref(href);
    String host = URI.create(href).getHost();
    if (host != null
        && request.uri().getHost() != null
        && !host.equalsIgnoreCase(request.uri().getHost())) {
      // RFC 4918 section 9.8.5: a destination on another server is a 502.
      throw new DavException(
          BAD_GATEWAY,
          null,
          "The Destination is on another server; copy between servers yourself.");
    }
    if (!(target instanceof DavTarget.Member member) || member.kind() != kind) {
      throw outsideTheHome(kind);
    }
    return member;
  }

  /**
   * The collection receiving the member. One the user may not see is refused like one outside their
   * homes, whether it exists or not; one they see but may not write in is a 403 DAV:need-privileges
   * from {@link WritePreconditions}.
   */
  private static CollectionRef destinationCollection(
      Access access, Optional<CollectionRef> collection, DavTarget.Member destination) {
    if (!access.visible()) {
      throw outsideTheHome(destination.kind());
    }
    return collection.orElseThrow(
        // RFC 4918 section 9.8.5: a missing destination collection is a 409.
        () ->
            DavException.conflict(
                null,
                "The destination "
                    + destination.kind().collectionNoun()
                    + " \""
                    + destination.collection()
                    + "\" does not exist."));
  }

  private static DavException outsideTheHome(HomeKind kind) {
    return DavException.forbidden(
        null,
        "The Destination must be a resource inside one of your "
            + kind.collectionNoun()
            + "s: a "
            + kind.memberNoun()
            + " cannot be copied anywhere else.");
  }

  /** RFC 4918 section 10.6: T (the default) or F. */
  private static boolean overwrite(String header) {
    if (header == null || header.isBlank()) {
      return true;
    }
    return switch (header.strip().toUpperCase(Locale.ROOT)) {
      case "T" -> true;
      case "F" -> false;
      default -> throw DavException.badRequest("The Overwrite header must be T or F.");
    };
  }

  /**
   * One COPY or MOVE, checked and ready to run.
   *
   * @param ifMatch the client's If-Match, on the source (RFC 4918 section 9.8)
   */
  private record Transfer(
      CollectionRef from,
      String sourceName,
      CollectionRef to,
      String targetName,
      WritePreconditions write,
      boolean move,
      String ifMatch) {

    /**
     * One call when one service holds both collections and its Overwrite check is all the
     * destination needs: always for whoever may create and change there, and for a sharee who may
     * only create unless they sent a source If-Match (whose 412 the destination's could not be told
     * from). Otherwise the destination is written with its conditional headers, which the service
     * that holds it checks in the same transaction as the write.
     */
    WriteResult run() {
      // The directory hands out one client per service, so the same client means the same service.
      boolean sameService = from.api() == to.api();
      boolean overwriteSuffices = !write.addsCondition() || (write.mustBeNew() && ifMatch == null);
      return sameService && overwriteSuffices ? withinService() : readThenWrite();
    }

    private WriteResult withinService() {
      try {
        return from.api()
            .copyObject(
                from.id(),
                sourceName,
                new CopyRequest(to.id(), targetName, !write.mustBeNew(), move, ifMatch));
      } catch (ServiceException refused) {
        throw write.explain(refused);
      }
    }

    private WriteResult readThenWrite() {
      ObjectData object = from.api().getObject(from.id(), sourceName);
      if (ifMatch != null && !EntityTags.strongMatch(ifMatch, object.etag())) {
        throw DavException.preconditionFailed("The source has changed since you last read it.");
      }
      WriteResult written;
      try {
        written =
            to.api()
                .putObject(
                    to.id(), targetName, write.ifMatch(), write.ifNoneMatch(), object.data());
      } catch (ServiceException refused) {
        throw write.explain(refused);
      }
      if (move) {
        from.api().deleteObject(from.id(), sourceName, object.etag());
      }
      return written;
    }
  }
}
