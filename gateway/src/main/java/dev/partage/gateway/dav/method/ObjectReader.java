package dev.partage.gateway.dav.method;

import dev.partage.contracts.collection.AddressData;
import dev.partage.contracts.collection.CardRead;
import dev.partage.contracts.collection.ObjectData;
import dev.partage.dav.response.HttpDates;
import dev.partage.dav.xml.DavException;
import dev.partage.gateway.backend.CollectionRef;
import dev.partage.gateway.dav.error.MethodNotAllowed;
import dev.partage.gateway.dav.property.ObjectProperties;
import dev.partage.gateway.dav.request.AcceptedVcardVersion;
import dev.partage.gateway.dav.request.DavRequest;
import dev.partage.gateway.dav.routing.DavTarget;
import dev.partage.gateway.dav.routing.HomeKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Answers GET and HEAD on a calendar object or a vCard. On a collection both are a 405: RFC 4918
 * section 9.4 leaves a collection's GET open, RFC 4791 and RFC 6352 define none, and a short text
 * page would commit the URL that the planned subscription (iCalendar export) feature will give its
 * real meaning.
 */
@ApplicationScoped
public class ObjectReader {

  public Response read(DavRequest request, boolean withBody) {
    if (!(request.target() instanceof DavTarget.Member target)) {
      throw new MethodNotAllowed(
          AllowedMethods.of(request.target()),
          "A collection has no single body to download; read it with a CalDAV or CardDAV client.");
    }
    CollectionRef collection = request.existingCollection();
    ObjectData object =
        switch (target.kind()) {
          case CALENDARS -> collection.api().getObject(collection.id(), target.name());
          case ADDRESS_BOOKS -> card(collection, target.name(), request.header("Accept"));
        };
    if (EntityTags.weakMatch(request.header("If-None-Match"), object.etag())) {
      // RFC 9110 section 13.1.2: the client's copy is current.
      return Response.notModified().header("ETag", object.etag()).build();
    }
    byte[] body = object.data().getBytes(StandardCharsets.UTF_8);
    // The entity tag stays the stored resource's, whatever the version served: clients compare it
    // with DAV:getetag and send it back in If-Match (RFC 6352 section 6.3.2.3).
    Response.ResponseBuilder response =
        Response.ok()
            .type(ObjectProperties.contentType(object.contentType()))
            .header("ETag", object.etag());
    if (target.kind() == HomeKind.ADDRESS_BOOKS) {
      // RFC 9110 section 12.5.5: the body depends on Accept, which caches must know.
      response.header("Vary", "Accept");
    }
    if (object.lastModified() != null) {
      response.header("Last-Modified", HttpDates.format(object.lastModified()));
    }
    // HEAD announces the length the GET body would have (RFC 9110 section 9.3.2).
    return withBody
        ? response.entity(body).build()
        : response.header("Content-Length", body.length).build();
  }

  /** The vCard in the version the Accept header asks for, else as stored. */
  private static ObjectData card(CollectionRef collection, String name, String accept) {
    AddressData shape = new AddressData(AcceptedVcardVersion.of(accept), List.of());
    List<ObjectData> cards =
        collection.api().readCards(collection.id(), new CardRead(List.of(name), shape));
    if (cards.isEmpty()) {
      throw DavException.notFound();
    }
    return cards.get(0);
  }
}
