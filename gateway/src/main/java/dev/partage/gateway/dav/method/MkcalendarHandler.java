package dev.partage.gateway.dav.method;

import dev.partage.dav.request.MkcolParser;
import dev.partage.gateway.dav.access.DavPrivilege;
import dev.partage.gateway.dav.mkcol.CalendarCreator;
import dev.partage.gateway.dav.request.DavRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;

/** MKCALENDAR (RFC 4791 section 5.3.1). */
@ApplicationScoped
public class MkcalendarHandler implements DavMethodHandler {

  private final CalendarCreator creator;

  public MkcalendarHandler(CalendarCreator creator) {
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
    return creator.create(request, MkcolParser.parse(request.xmlBody()));
  }
}
