package dev.partage.gateway.dav.method;

import dev.partage.dav.request.MkcolParser;
import dev.partage.dav.request.MkcolRequest;
import dev.partage.dav.xml.DavException;
import dev.partage.dav.xml.DavNames;
import dev.partage.dav.xml.XmlElement;
import dev.partage.gateway.dav.access.DavPrivilege;
import dev.partage.gateway.dav.mkcol.CollectionCreator;
import dev.partage.gateway.dav.request.DavRequest;
import dev.partage.gateway.dav.routing.HomeKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import java.util.Locale;

/**
 * MKCOL (RFC 4918 section 9.3) in a home, where only the home's own collections live: calendars in
 * the calendar home, address books in the address-book home. The extended form (RFC 5689) asking
 * for that collection type is what DAVx5, Apple clients and the bench kit send; a plain MKCOL, as
 * WebDAV-only tools (cadaver, litmus) send it, creates an event calendar or an address book too, so
 * that they can work in a folder of their own. Any other resource type is refused.
 */
@ApplicationScoped
public class MkcolHandler implements DavMethodHandler {

  private final CollectionCreator creator;

  public MkcolHandler(CollectionCreator creator) {
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
    HomeKind kind = request.target().kind() == null ? HomeKind.CALENDARS : request.target().kind();
    XmlElement resourceType = body.property(DavNames.RESOURCETYPE).orElse(null);
    boolean askedForAnotherType =
        resourceType != null
            && !(resourceType.has(DavNames.COLLECTION) && resourceType.has(kind.collectionType()));
    if (askedForAnotherType) {
      throw DavException.forbidden(DavNames.VALID_RESOURCETYPE, onlyHere(kind));
    }
    return creator.create(request, body);
  }

  private static String onlyHere(HomeKind kind) {
    return switch (kind) {
      case CALENDARS ->
          "Only calendars can be created here: send MKCALENDAR, or MKCOL with the resourcetype"
              + " DAV:collection and CALDAV:calendar. Address books live in /dav/addressbooks/.";
      case ADDRESS_BOOKS ->
          "Only address books can be created here: send MKCOL with the resourcetype"
              + " DAV:collection and CARDDAV:addressbook. Calendars live in /dav/calendars/.";
    };
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
