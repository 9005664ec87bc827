package dev.partage.gateway.dav.method;

import dev.partage.contracts.api.AclApi;
import dev.partage.dav.request.ProppatchParser;
import dev.partage.dav.response.MultistatusWriter;
import dev.partage.dav.xml.DavException;
import dev.partage.gateway.backend.CollectionDirectory;
import dev.partage.gateway.backend.CollectionRef;
import dev.partage.gateway.backend.SharedCollections;
import dev.partage.gateway.dav.access.DavPrivilege;
import dev.partage.dav.xml.DavNames;
import dev.partage.gateway.dav.error.XmlResponses;
import dev.partage.gateway.dav.proppatch.CollectionPatchPlan;
import dev.partage.gateway.dav.proppatch.ShareeViewPatch;
import dev.partage.gateway.dav.request.DavRequest;
import dev.partage.gateway.dav.routing.DavTarget;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;

/**
 * PROPPATCH (RFC 4918 section 9.2) on a calendar or address book: one PATCH to its service, or, by
 * a sharee in their home, to their own view in acl-service; all or nothing.
 */
@ApplicationScoped
public class ProppatchHandler implements DavMethodHandler {

  private final CollectionDirectory directory;
  private final SharedCollections shared;
  private final AclApi acl;

  public ProppatchHandler(CollectionDirectory directory, SharedCollections shared, AclApi acl) {
    this.directory = directory;
    this.shared = shared;
    this.acl = acl;
  }

  @Override
  public String method() {
    return "PROPPATCH";
  }

  @Override
  public DavPrivilege requiredPrivilege() {
    // A sharee may change their own view of a collection they may only read; the privilege on the
    // collection itself is checked below.
    return DavPrivilege.READ;
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
    if (!collection.inShareeHome()) {
      request.access().require(DavPrivilege.WRITE_PROPERTIES);
    }
    CollectionPatchPlan plan =
        CollectionPatchPlan.of(target.kind(), ProppatchParser.parse(request.xmlBody()));
    if (!plan.failed()) {
      apply(request.user(), collection, plan);
    }
    return XmlResponses.multistatus(
        new MultistatusWriter().response(target.href(), plan.propstats()).finish());
  }

  private void apply(String user, CollectionRef collection, CollectionPatchPlan plan) {
    if (collection.inShareeHome()) {
      acl.patchView(user, collection.id(), ShareeViewPatch.of(plan.patch()));
      shared.forget(user);
    } else {
      collection.api().patchCollection(collection.id(), plan.patch());
      directory.forget(collection.owner());
    }
  }
}
