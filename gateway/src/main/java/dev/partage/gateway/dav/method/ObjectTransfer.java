package dev.partage.gateway.dav.method;

import dev.partage.contracts.collection.CopyRequest;
import dev.partage.contracts.collection.ObjectData;
import dev.partage.contracts.collection.WriteResult;
import dev.partage.dav.xml.DavException;
import dev.partage.gateway.backend.CollectionDirectory;
import dev.partage.gateway.backend.CollectionLocator;
import dev.partage.gateway.backend.CollectionRef;
import dev.partage.gateway.dav.access.AccessPolicy;
import dev.partage.gateway.dav.access.DavPrivilege;
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
 * to a task list) it is a read, a write and, for MOVE, a delete.
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
    CollectionRef to = destinationCollection(request.user(), destination);
    if (to.id().equals(from.id()) && destination.name().equals(source.name())) {
      throw DavException.forbidden(null, "The source and the destination are the same resource.");
    }
    Transfer transfer =
        new Transfer(
            from,
            source.name(),
            to,
            destination.name(),
            overwrite(request.header("Overwrite")),
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

  /** The collection receiving the member; the user must be allowed to add members to it. */
  private CollectionRef destinationCollection(String user, DavTarget.Member destination) {
    Optional<CollectionRef> collection = locator.locate(user, destination);
    if (!accessPolicy.decide(user, destination, collection).allows(DavPrivilege.BIND)) {
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

  /** One COPY or MOVE, checked and ready to run. */
  private record Transfer(
      CollectionRef from,
      String sourceName,
      CollectionRef to,
      String targetName,
      boolean overwrite,
      boolean move,
      String ifMatch) {

    WriteResult run() {
      // The directory hands out one client per service, so the same client means the same service.
      return from.api() == to.api() ? withinService() : acrossServices();
    }

    private WriteResult withinService() {
      return from.api()
          .copyObject(
              from.id(),
              sourceName,
              new CopyRequest(to.id(), targetName, overwrite, move, ifMatch));
    }

    private WriteResult acrossServices() {
      ObjectData object = from.api().getObject(from.id(), sourceName);
      if (ifMatch != null && !EntityTags.strongMatch(ifMatch, object.etag())) {
        throw DavException.preconditionFailed("The source has changed since you last read it.");
      }
      // Overwrite: F becomes If-None-Match: *, so the target service refuses an existing one (412).
      WriteResult written =
          to.api().putObject(to.id(), targetName, null, overwrite ? null : "*", object.data());
      if (move) {
        from.api().deleteObject(from.id(), sourceName, object.etag());
      }
      return written;
    }
  }
}
