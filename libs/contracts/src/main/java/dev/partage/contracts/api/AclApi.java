package dev.partage.contracts.api;

import dev.partage.contracts.acl.Decision;
import dev.partage.contracts.acl.Grant;
import dev.partage.contracts.acl.GranteeType;
import dev.partage.contracts.acl.Person;
import dev.partage.contracts.acl.ShareRequest;
import dev.partage.contracts.acl.SharedCollection;
import dev.partage.contracts.acl.SharerView;
import dev.partage.contracts.acl.ViewPatch;
import dev.partage.contracts.error.ServiceErrorMapper;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;

/**
 * acl-service's internal API: grants, the sharee's view of shared collections, the authorization
 * decision and the directory of people one may share with. acl-service implements it as its REST
 * resource and the gateway calls it as a REST client, with the user's bearer token: the caller is
 * the token's {@code preferred_username}. Refusals are {@link
 * dev.partage.contracts.error.ServiceException}s with a sentence.
 */
@Path("/internal/acl")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RegisterProvider(ServiceErrorMapper.class)
public interface AclApi {

  /**
   * Sets or replaces the grants of the grantees in {@code request}. Only the owner or a MANAGE
   * grantee may; a grantee the domains' policies do not allow, or that does not exist, is a 403 and
   * nothing is changed.
   */
  @PUT
  @Path("/collections/{id}/grants")
  List<Grant> share(@PathParam("id") UUID collectionId, ShareRequest request);

  /** The collection's grants, for its owner or a MANAGE grantee. */
  @GET
  @Path("/collections/{id}/grants")
  List<Grant> grants(@PathParam("id") UUID collectionId);

  /**
   * Revokes one grantee's grant. The owner or a MANAGE grantee may, and a user may leave a share
   * granted to them. Revoking what is not granted does nothing.
   */
  @DELETE
  @Path("/collections/{id}/grants/{type}/{grantee}")
  void revoke(
      @PathParam("id") UUID collectionId,
      @PathParam("type") GranteeType type,
      @PathParam("grantee") String grantee);

  /** Revokes every grant of the collection, e.g. before the owner deletes it. */
  @DELETE
  @Path("/collections/{id}")
  void unshare(@PathParam("id") UUID collectionId);

  /**
   * The collections shared with {@code user} (the caller), with their rights and the user's own
   * view of each. {@code ownNames} are the names of the user's own collections: a shared
   * collection seen for the first time gets a name in the home that none of them takes. A POST,
   * because a user may own hundreds of collections: as query parameters their names once made the
   * URL too long (414).
   */
  @POST
  @Path("/principals/{user}/shared")
  List<SharedCollection> shared(@PathParam("user") String user, List<String> ownNames);

  /**
   * Which of {@code collectionIds}, collections of {@code user} (the caller), are shared with
   * anyone: the owner's copy then carries CS:shared-owner. One call for a whole home, never one per
   * collection; ids of collections the caller does not own are never in the answer.
   */
  @POST
  @Path("/principals/{user}/granted")
  List<UUID> sharedAmong(@PathParam("user") String user, List<UUID> collectionIds);

  /** Changes the caller's own display name, colour or order of a collection shared with them. */
  @PATCH
  @Path("/principals/{user}/shared/{id}")
  SharerView patchView(
      @PathParam("user") String user, @PathParam("id") UUID collectionId, ViewPatch patch);

  /** What {@code principal} (the caller) may do with {@code collection}; empty: nothing. */
  @GET
  @Path("/decision")
  Decision decide(
      @QueryParam("principal") String principal, @QueryParam("collection") UUID collectionId);

  /**
   * People {@code forUser} (the caller) may share with whose name or address starts with {@code
   * query}; never anyone a domain policy hides from them. At most 20.
   */
  @GET
  @Path("/directory")
  List<Person> directory(@QueryParam("q") String query, @QueryParam("for") String forUser);
}
