package dev.partage.gateway.dav.method;

import dev.partage.dav.request.MkcolParser;
import dev.partage.dav.request.MkcolRequest;
import dev.partage.dav.xml.DavException;
import dev.partage.dav.xml.DavNames;
import dev.partage.dav.xml.XmlElement;
import dev.partage.gateway.dav.access.DavPrivilege;
import dev.partage.gateway.dav.mkcol.CalendarCreator;
import dev.partage.gateway.dav.request.DavRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import java.util.Locale;

/**
 * MKCOL (RFC 4918 section 9.3) in a calendar home, where only calendars live. The extended form
 * (RFC 5689) asking for a calendar is what DAVx5 and the bench kit send; a plain MKCOL, as
 * WebDAV-only tools (cadaver, litmus) send it, creates an event calendar too, so that they can
 * work in a folder of their own. Any other resource type is refused.
 */
@ApplicationScoped
public class MkcolHandler implements DavMethodHandler {

  private final CalendarCreator creator;

  public MkcolHandler(CalendarCreator creator) {
    this.creator = creator;
  }

  @Override
  public String method() {
    return "MKCOL";
  }

  @Override
  public DavPrivilege requiredPrivilege() {
    return DavPrivilege.BIND;
  }

  @Override
  public Response handle(DavRequest request) {
    refuseBodiesThatAreNotXml(request);
    MkcolRequest body = MkcolParser.parse(request.xmlBody());
    XmlElement resourceType = body.property(DavNames.RESOURCETYPE).orElse(null);
    boolean askedForOtherThanACalendar =
        resourceType != null
            && !(resourceType.has(DavNames.COLLECTION) && resourceType.has(DavNames.CALENDAR));
    if (askedForOtherThanACalendar) {
      throw DavException.forbidden(
          DavNames.VALID_RESOURCETYPE,
          "Only calendars can be created here: send MKCALENDAR, or MKCOL with the resourcetype"
              + " DAV:collection and CALDAV:calendar.");
    }
    return creator.create(request, body);
  }

  /** RFC 4918 section 9.3: a MKCOL body of a type the server does not understand is a 415. */
  private static void refuseBodiesThatAreNotXml(DavRequest request) {
    String type = request.header("Content-Type");
    boolean hasBody = request.body() != null && request.body().length > 0;
    if (hasBody && type != null && !type.toLowerCase(Locale.ROOT).contains("xml")) {
      throw DavException.unsupportedMediaType(
          null, "A MKCOL body must be an XML mkcol request (RFC 5689), not \"" + type + "\".");
    }
  }
}
