package dev.partage.gateway.dav.method;

import dev.partage.contracts.collection.ObjectData;
import dev.partage.dav.response.HttpDates;
import dev.partage.gateway.backend.CollectionRef;
import dev.partage.gateway.dav.error.MethodNotAllowed;
import dev.partage.gateway.dav.property.ObjectProperties;
import dev.partage.gateway.dav.request.DavRequest;
import dev.partage.gateway.dav.routing.DavTarget;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;

/**
 * Answers GET and HEAD on a calendar object. On a collection both are a 405: RFC 4918 section 9.4
 * leaves a collection's GET open, RFC 4791 defines none, and a short text page would commit the URL
 * that the planned subscription (iCalendar export) feature will give its real meaning.
 */
@ApplicationScoped
public class ObjectReader {

  public Response read(DavRequest request, boolean withBody) {
    if (!(request.target() instanceof DavTarget.CalendarObject target)) {
      throw new MethodNotAllowed(
          AllowedMethods.of(request.target()),
          "A collection has no single body to download; read it with a CalDAV client.");
    }
    CollectionRef collection = request.existingCollection();
    ObjectData object = collection.api().getObject(collection.id(), target.name());
    if (EntityTags.weakMatch(request.header("If-None-Match"), object.etag())) {
      // RFC 9110 section 13.1.2: the client's copy is current.
      return Response.notModified().header("ETag", object.etag()).build();
    }
    byte[] body = object.data().getBytes(StandardCharsets.UTF_8);
    Response.ResponseBuilder response =
        Response.ok()
            .type(ObjectProperties.contentType(object.contentType()))
            .header("ETag", object.etag());
    if (object.lastModified() != null) {
      response.header("Last-Modified", HttpDates.format(object.lastModified()));
    }
    // HEAD announces the length the GET body would have (RFC 9110 section 9.3.2).
    return withBody
        ? response.entity(body).build()
        : response.header("Content-Length", body.length).build();
  }
}
