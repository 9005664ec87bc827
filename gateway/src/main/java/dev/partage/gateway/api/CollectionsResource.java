package dev.partage.gateway.api;

import dev.partage.contracts.collection.CollectionDto;
import dev.partage.gateway.auth.CurrentUser;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The webmail's view of a user's calendars, task lists and address books. */
@Path("/api/v1/collections")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Collections", description = "Your calendars, task lists and address books, own and shared with you.")
@APIResponse(responseCode = "401", description = "No or wrong credentials.")
public class CollectionsResource {

  private final CurrentUser currentUser;
  private final MyCollections collections;

  CollectionsResource(CurrentUser currentUser, MyCollections collections) {
    this.currentUser = currentUser;
    this.collections = collections;
  }

  @GET
  @Operation(summary = "List my collections",
      description = "Your own collections and those shared with you, each with your rights and its URL"
          + " in your DAV home; calendars and task lists also carry the subscriptionUrl DAV clients use.")
  @APIResponse(responseCode = "200", description = "Own collections first, then shared ones.",
      content = @Content(schema = @Schema(implementation = CollectionView.class, type = SchemaType.ARRAY)))
  public List<CollectionView> list(@Context UriInfo uri) {
    String user = currentUser.name();
    CollectionViews views = new CollectionViews(user, uri.getBaseUri());
    return Stream.concat(
            collections.own(user).stream().map(views::own),
            collections.shared(user).stream().map(views::shared))
        .toList();
  }

  @POST
  @Operation(summary = "Create a collection",
      description = "kind calendar holds events, tasks is a task list (VTODO), addressbook holds vCards."
          + " Without a name, one is derived from displayName (ASCII, unique in your home).")
  @APIResponse(responseCode = "201", description = "Created.",
      content = @Content(schema = @Schema(implementation = CollectionView.class)))
  @APIResponse(responseCode = "400", description = "invalid-request: a missing kind or displayName, a bad"
      + " name or colour.", content = @Content(schema = @Schema(implementation = ApiError.class)))
  @APIResponse(responseCode = "409", description = "name-taken: you already have a collection of that name.",
      content = @Content(schema = @Schema(implementation = ApiError.class)))
  public Response create(NewCollectionBody body, @Context UriInfo uri) {
    String user = currentUser.name();
    CollectionDto created = collections.create(user, CollectionFields.checked(body));
    return Response.status(Response.Status.CREATED)
        .entity(new CollectionViews(user, uri.getBaseUri()).own(created))
        .build();
  }

  @PATCH
  @Path("/{kind}/{name}")
  @Operation(summary = "Rename, recolour or redescribe a collection",
      description = "Yours: absent fields stay as they are; an empty colour or description removes it."
          + " One shared with you: your own displayName and color for it, which no one else sees (its"
          + " description is its owner's).")
  @APIResponse(responseCode = "200", description = "Changed.",
      content = @Content(schema = @Schema(implementation = CollectionView.class)))
  @APIResponse(responseCode = "400", description = "invalid-request: an unknown kind, a bad colour.",
      content = @Content(schema = @Schema(implementation = ApiError.class)))
  @APIResponse(responseCode = "403", description = "forbidden: the description of a collection shared with you.",
      content = @Content(schema = @Schema(implementation = ApiError.class)))
  @APIResponse(responseCode = "404", description = "not-found: no such collection of yours or shared with you.",
      content = @Content(schema = @Schema(implementation = ApiError.class)))
  public CollectionView patch(@BeanParam CollectionPath path,
      CollectionChanges changes, @Context UriInfo uri) {
    if (changes == null) {
      throw ApiException.invalid("Send the displayName, color or description to change.");
    }
    String user = currentUser.name();
    CollectionViews views = new CollectionViews(user, uri.getBaseUri());
    Optional<MyCollections.Shared> shared = collections.sharedNamed(user, path.kind(), path.name());
    if (shared.isPresent()) {
      return views.shared(collections.patchView(user, shared.get(), CollectionFields.viewPatch(changes)));
    }
    ManagedCollection collection = collections.managed(user, path.kind(), path.name());
    CollectionDto patched = collections.patch(collection, CollectionFields.patch(changes));
    return views.own(patched);
  }

  @DELETE
  @Path("/{kind}/{name}")
  @Operation(summary = "Delete a collection",
      description = "Yours, or one shared with you with the manage right: for everyone it is shared with.")
  @APIResponse(responseCode = "204", description = "Deleted, with everything in it and its shares.")
  @APIResponse(responseCode = "404", description = "not-found: no such collection that you may manage.",
      content = @Content(schema = @Schema(implementation = ApiError.class)))
  public void delete(@BeanParam CollectionPath path) {
    collections.delete(collections.managed(currentUser.name(), path.kind(), path.name()));
  }
}
