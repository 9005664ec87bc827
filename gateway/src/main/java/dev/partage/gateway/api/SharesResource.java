package dev.partage.gateway.api;

import dev.partage.contracts.acl.Grant;
import dev.partage.contracts.acl.ShareRequest;
import dev.partage.contracts.api.AclApi;
import dev.partage.contracts.collection.CollectionDto;
import dev.partage.gateway.auth.CurrentUser;
import dev.partage.gateway.backend.Backends;
import dev.partage.gateway.backend.GrantCaches;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Who a collection is shared with, through acl-service (ARCHITECTURE.md, Rights): the owner or a
 * sharee with the manage right shares, lists and revokes. Shares are accepted automatically.
 */
@Path("/api/v1/collections/{kind}/{name}/shares")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Sharing", description = "Who a collection is shared with, and with which rights.")
@APIResponse(responseCode = "401", description = "No or wrong credentials.")
@APIResponse(responseCode = "404", description = "not-found: no such collection that you may manage.",
    content = @Content(schema = @Schema(implementation = ApiError.class)))
public class SharesResource {

  private final CurrentUser currentUser;
  private final MyCollections collections;
  private final AclApi acl;
  private final GrantCaches caches;

  SharesResource(CurrentUser currentUser, MyCollections collections, Backends backends,
      GrantCaches caches) {
    this.currentUser = currentUser;
    this.collections = collections;
    this.acl = backends.acl();
    this.caches = caches;
  }

  @PUT
  @Operation(summary = "Share a collection",
      description = "Quick share: {addresses, role}. Advanced share: {sharees: [{address | group | domain,"
          + " role | rights}]}. Sets or replaces the named sharees' rights; others keep theirs. All or"
          + " nothing: one refused sharee refuses the whole request.")
  @APIResponse(responseCode = "200", description = "Every share of the collection, after the change.",
      content = @Content(schema = @Schema(implementation = ShareView.class, type = SchemaType.ARRAY)))
  @APIResponse(responseCode = "400", description = "invalid-request: a body of the wrong shape.",
      content = @Content(schema = @Schema(implementation = ApiError.class)))
  @APIResponse(responseCode = "403", description = "not-hosted: an address or domain not hosted here;"
      + " policy-refused: the domains' sharing policies forbid it; no-such-grantee: no such account or"
      + " group.", content = @Content(schema = @Schema(implementation = ApiError.class)))
  public List<ShareView> share(@BeanParam CollectionPath path,
      SharesBody body) {
    ManagedCollection collection = managed(path);
    CollectionDto dto = collection.dto();
    ShareRequest request = new ShareRequest(collection.kind().collectionKind(), dto.owner(), dto.name(),
        dto.displayName(), dto.color(), ShareRequests.grantees(body));
    List<ShareView> shares = views(acl.share(dto.id(), request));
    caches.grantsChanged(dto.id(), dto.owner());
    return shares;
  }

  @GET
  @Operation(summary = "List a collection's shares")
  @APIResponse(responseCode = "200", description = "Every sharee, users first, then groups and domains.",
      content = @Content(schema = @Schema(implementation = ShareView.class, type = SchemaType.ARRAY)))
  public List<ShareView> list(@BeanParam CollectionPath path) {
    return views(acl.grants(managed(path).dto().id()));
  }

  @DELETE
  @Path("/{type}/{grantee}")
  @Operation(summary = "Revoke a share", description = "type is user, group or domain. Revoking what was"
      + " not shared does nothing.")
  @APIResponse(responseCode = "204", description = "Revoked.")
  public void revoke(@BeanParam CollectionPath path,
      @Parameter(description = "user, group or domain.",
          schema = @Schema(enumeration = {"user", "group", "domain"})) @PathParam("type") String type,
      @Parameter(description = "A mail address, a group name or a domain, by type.")
      @PathParam("grantee") String grantee) {
    ShareeType sharee = ShareeType.bySegment(type);
    CollectionDto dto = managed(path).dto();
    acl.revoke(dto.id(), sharee.granteeType(), grantee);
    caches.grantChanged(dto.id(), dto.owner(), sharee.granteeType(), grantee);
  }

  private ManagedCollection managed(CollectionPath path) {
    return collections.managed(currentUser.name(), path.kind(), path.name());
  }

  private static List<ShareView> views(List<Grant> grants) {
    return grants.stream()
        .map(grant -> new ShareView(ShareeType.of(grant.granteeType()), grant.grantee(),
            ShareRole.matching(grant.rights()).orElse(null), ShareRight.of(grant.rights()), grant.grantedAt()))
        .toList();
  }
}
