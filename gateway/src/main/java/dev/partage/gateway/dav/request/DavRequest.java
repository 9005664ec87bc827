package dev.partage.gateway.dav.request;

import dev.partage.dav.xml.DavException;
import dev.partage.dav.xml.XmlElement;
import dev.partage.gateway.backend.CollectionRef;
import dev.partage.gateway.dav.access.Access;
import dev.partage.gateway.dav.routing.DavTarget;
import java.net.URI;
import java.util.Optional;

/**
 * One DAV request after routing and the access decision, as every method handler receives it.
 *
 * @param uri the request URI as sent (raw, percent-encoded)
 * @param user the authenticated user's mail address, lower case
 * @param collection the calendar or address book the target names or lies in, when it exists
 */
public record DavRequest(
    URI uri,
    DavTarget target,
    Access access,
    String user,
    RequestHeaders headers,
    byte[] body,
    Optional<CollectionRef> collection) {

  public DavRequest {
    body = body == null ? new byte[0] : body;
  }

  /** The raw request path, for responses about the request-URI itself. */
  public String path() {
    return uri.getRawPath();
  }

  public String header(String name) {
    return headers.get(name);
  }

  public Depth depth(Depth whenAbsent) {
    return Depth.parse(headers.get("Depth"), whenAbsent);
  }

  /** The parsed XML body, null when empty. */
  public XmlElement xmlBody() {
    return BodyLimits.xml(body);
  }

  /** The collection the target names or lies in; a 404 when it does not exist. */
  public CollectionRef existingCollection() {
    return collection.orElseThrow(DavException::notFound);
  }
}
