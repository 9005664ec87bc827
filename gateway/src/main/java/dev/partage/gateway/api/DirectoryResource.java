package dev.partage.gateway.api;

import dev.partage.contracts.api.AclApi;
import dev.partage.gateway.auth.CurrentUser;
import dev.partage.gateway.backend.Backends;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The share dialog's completion: people the caller may share with. */
@Path("/api/v1/directory")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Directory", description = "People you may share with.")
public class DirectoryResource {

  private final CurrentUser currentUser;
  private final AclApi acl;

  DirectoryResource(CurrentUser currentUser, Backends backends) {
    this.currentUser = currentUser;
    this.acl = backends.acl();
  }

  @GET
  @Operation(summary = "Find people to share with",
      description = "At most 20 people whose address or any word of whose name starts with q. Nobody a"
          + " domain's sharing policy hides from you is ever listed, nor you.")
  @APIResponse(responseCode = "200", description = "Matches; none for an empty q.",
      content = @Content(schema = @Schema(implementation = PersonView.class, type = SchemaType.ARRAY)))
  @APIResponse(responseCode = "401", description = "No or wrong credentials.")
  public List<PersonView> find(@Parameter(description = "The start of a name or address.", example = "bern")
      @QueryParam("q") String query) {
    if (query == null || query.isBlank()) {
      return List.of();
    }
    return acl.directory(query, currentUser.name()).stream().map(PersonView::of).toList();
  }
}
