package dev.partage.gateway.dav.method;

import dev.partage.dav.request.MkcolParser;
import dev.partage.dav.xml.DavException;
import dev.partage.dav.xml.DavNames;
import dev.partage.gateway.dav.access.DavPrivilege;
import dev.partage.gateway.dav.mkcol.CollectionCreator;
import dev.partage.gateway.dav.request.DavRequest;
import dev.partage.gateway.dav.routing.HomeKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;

/** MKCALENDAR (RFC 4791 section 5.3.1), in the calendar home only. */
@ApplicationScoped
public class MkcalendarHandler implements DavMethodHandler {

  private final CollectionCreator creator;

  public MkcalendarHandler(CollectionCreator creator) {
    this.creator = creator;
  }

  @Override
  public String method() {
    return "MKCALENDAR";
  }

  @Override
  public DavPrivilege requiredPrivilege() {
    return DavPrivilege.BIND;
  }

  @Override
  public Response handle(DavRequest request) {
    if (request.target().kind() == HomeKind.ADDRESS_BOOKS) {
      // Section 5.3.1.1: the request URI must be where a calendar can be created.
      throw DavException.forbidden(
          DavNames.CALENDAR_COLLECTION_LOCATION_OK,
          "Calendars cannot be created among address books; create them in /dav/calendars/{you}/,"
              + " or send MKCOL here to create an address book.");
    }
    return creator.create(request, MkcolParser.parse(request.xmlBody()));
  }
}
