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
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;

/** Creates a calendar for MKCALENDAR and extended MKCOL alike. */
@ApplicationScoped
public class CalendarCreator {

  private final CollectionDirectory directory;

  public CalendarCreator(CollectionDirectory directory) {
    this.directory = directory;
  }

  public Response create(DavRequest request, MkcolRequest body) {
    if (!(request.target() instanceof DavTarget.CalendarCollection target)) {
      // RFC 4791 section 5.3.1.1: calendars live directly in the home, never nested.
      throw DavException.forbidden(
          DavNames.CALENDAR_COLLECTION_LOCATION_OK,
          "Create calendars directly in your calendar home, as /dav/calendars/{you}/{name}/.");
    }
    if (request.collection().isPresent()) {
      throw new MethodNotAllowed(
          AllowedMethods.of(target),
          DavNames.RESOURCE_MUST_BE_NULL,
          "A calendar already exists at this URL; choose another name.");
    }
    NewCollection calendar = NewCalendarReader.read(target.name(), body);
    directory.apiFor(calendar.components()).createCollection(target.owner(), calendar);
    directory.forget(target.owner());
    return Response.status(Response.Status.CREATED).build();
  }
}
