package dev.partage.gateway.dav.error;

import dev.partage.contracts.error.ServiceError;
import dev.partage.contracts.error.ServiceException;
import dev.partage.dav.response.DavHrefs;
import dev.partage.dav.xml.DavException;
import java.net.URI;
import javax.xml.namespace.QName;

/**
 * Turns a collection service's refusal into the DAV error the client sees: the service already
 * names the precondition (namespace and local name) and the sentence, so the gateway only renders
 * them. Done in the DAV dispatcher, not by a global mapper, because the JSON management API answers
 * the same exception in JSON.
 */
public final class ServiceErrors {

  private static final int INTERNAL_SERVER_ERROR = 500;
  private static final int BAD_GATEWAY = 502;

  private ServiceErrors() {}

  /**
   * @param requestUri the request's URI: a service names a related resource (the existing one of a
   *     no-uid-conflict) by its name in the collection, which becomes an absolute path here, as
   *     clients expect from sabre/dav-style servers
   */
  public static DavException toDav(ServiceException exception, URI requestUri) {
    ServiceError error = exception.error();
    QName condition =
        error.namespace() == null || error.condition() == null
            ? null
            : new QName(error.namespace(), error.condition());
    String message =
        error.message() == null || error.message().isBlank()
            ? "The collection service refused the request."
            : error.message();
    String href =
        error.href() == null
            ? null
            : requestUri.resolve(DavHrefs.encodeSegment(error.href())).getRawPath();
    return new DavException(statusFor(error.status()), condition, message, href);
  }

  /**
   * A service's internal error, or an error answer the client could not read (status 0), is for the
   * DAV client the gateway's upstream failing (RFC 9110 section 15.6.3); 503 and 504 keep their
   * meaning, which tells clients to retry later.
   */
  private static int statusFor(int serviceStatus) {
    boolean readable = serviceStatus >= 400 && serviceStatus <= 599;
    return !readable || serviceStatus == INTERNAL_SERVER_ERROR ? BAD_GATEWAY : serviceStatus;
  }
}
