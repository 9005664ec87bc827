package dev.partage.gateway.dav.method;

import dev.partage.dav.request.ProppatchParser;
import dev.partage.dav.response.MultistatusWriter;
import dev.partage.dav.xml.DavException;
import dev.partage.gateway.backend.CollectionDirectory;
import dev.partage.gateway.backend.CollectionRef;
import dev.partage.gateway.dav.access.DavPrivilege;
import dev.partage.dav.xml.DavNames;
import dev.partage.gateway.dav.error.XmlResponses;
import dev.partage.gateway.dav.proppatch.CollectionPatchPlan;
import dev.partage.gateway.dav.request.DavRequest;
import dev.partage.gateway.dav.routing.DavTarget;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;

/**
 * PROPPATCH (RFC 4918 section 9.2) on a calendar or address book: one PATCH to its service, all or
 * nothing.
 */
@ApplicationScoped
public class ProppatchHandler implements DavMethodHandler {

  private final CollectionDirectory directory;

  public ProppatchHandler(CollectionDirectory directory) {
    this.directory = directory;
  }

  @Override
  public String method() {
    return "PROPPATCH";
  }

  @Override
  public DavPrivilege requiredPrivilege() {
    return DavPrivilege.WRITE_PROPERTIES;
  }

  @Override
  public Response handle(DavRequest request) {
    if (!(request.target() instanceof DavTarget.Collection target)) {
      throw DavException.forbidden(
          DavNames.CANNOT_MODIFY_PROTECTED_PROPERTY,
          "Only calendars and address books have properties you can change; the server computes"
              + " all others.");
    }
    CollectionRef collection = request.existingCollection();
    CollectionPatchPlan plan =
        CollectionPatchPlan.of(target.kind(), ProppatchParser.parse(request.xmlBody()));
    if (!plan.failed()) {
      collection.api().patchCollection(collection.id(), plan.patch());
      directory.forget(target.owner());
    }
    return XmlResponses.multistatus(
        new MultistatusWriter().response(target.href(), plan.propstats()).finish());
  }
}
