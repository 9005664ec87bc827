package dev.partage.gateway.dav.method;

import dev.partage.gateway.dav.access.DavPrivilege;
import dev.partage.gateway.dav.request.DavRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;

/**
 * OPTIONS (RFC 4918 section 10.1): the compliance classes clients read before anything else. No
 * class 2, since Partage has no LOCK; clients that need locks then know not to try.
 */
@ApplicationScoped
public class OptionsHandler implements DavMethodHandler {

  /**
   * RFC 4918 1 and 3, RFC 3744 access-control, RFC 4791 calendar-access, RFC 6352 addressbook, RFC
   * 5689 extended-mkcol, CalendarServer calendarserver-sharing and
   * draft-pot-webdav-resource-sharing resource-sharing (both by POST on a collection).
   */
  static final String COMPLIANCE =
      "1, 3, access-control, calendar-access, addressbook, extended-mkcol, calendarserver-sharing,"
          + " resource-sharing";

  @Override
  public String method() {
    return "OPTIONS";
  }

  @Override
  public DavPrivilege requiredPrivilege() {
    return null;
  }

  @Override
  public Response handle(DavRequest request) {
    return Response.ok()
        .header("DAV", COMPLIANCE)
        .header("Allow", AllowedMethods.of(request.target()))
        .build();
  }
}
