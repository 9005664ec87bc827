package dev.partage.gateway.dav.sharing;

import dev.partage.contracts.acl.GranteeRights;
import dev.partage.contracts.acl.GranteeType;
import dev.partage.contracts.acl.ShareRequest;
import dev.partage.contracts.api.AclApi;
import dev.partage.dav.xml.DavException;
import dev.partage.gateway.backend.CollectionRef;
import dev.partage.gateway.backend.GrantCaches;
import dev.partage.gateway.dav.access.DavPrivilege;
import dev.partage.gateway.dav.method.DavMethodHandler;
import dev.partage.gateway.dav.request.DavRequest;
import dev.partage.gateway.dav.routing.DavTarget;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;

/**
 * POST of a sharing change on a collection (ARCHITECTURE.md, Rights: sharing through acl-service),
 * by its owner or a manager. Shares are accepted automatically: no invitation to answer.
 * acl-service checks the domains' policies and refuses with a sentence, which the client receives
 * as a 403.
 */
@ApplicationScoped
public class ShareHandler implements DavMethodHandler {

  private final AclApi acl;
  private final GrantCaches caches;

  public ShareHandler(AclApi acl, GrantCaches caches) {
    this.acl = acl;
    this.caches = caches;
  }

  @Override
  public String method() {
    return "POST";
  }

  @Override
  public DavPrivilege requiredPrivilege() {
    return DavPrivilege.SHARE;
  }

  @Override
  public Response handle(DavRequest request) {
    if (!(request.target() instanceof DavTarget.Collection)) {
      throw DavException.forbidden(
          null, "Only a calendar, task list or address book can be shared; POST to its URL.");
    }
    CollectionRef collection = request.existingCollection();
    ShareChanges changes = ShareBodyReader.read(request.xmlBody());
    if (!changes.set().isEmpty()) {
      acl.share(collection.id(), shareRequest(collection, changes));
    }
    for (String sharee : changes.removed()) {
      acl.revoke(collection.id(), GranteeType.USER, sharee);
    }
    caches.grantsChanged(collection.id(), collection.owner());
    return Response.ok().build();
  }

  private static ShareRequest shareRequest(CollectionRef collection, ShareChanges changes) {
    List<GranteeRights> grantees = new ArrayList<>();
    changes
        .set()
        .forEach((sharee, role) -> grantees.add(GranteeRights.of(GranteeType.USER, sharee, role)));
    return new ShareRequest(
        collection.kind(),
        collection.owner(),
        collection.name(),
        collection.dto().displayName(),
        collection.dto().color(),
        grantees);
  }
}
