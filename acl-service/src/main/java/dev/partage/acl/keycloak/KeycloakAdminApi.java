package dev.partage.acl.keycloak;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/**
 * The few calls of Keycloak's admin REST API acl-service needs, relative to {@code
 * /admin/realms/{realm}}. A typed REST client rather than the Keycloak admin client library, which
 * is not on this build's Maven mirror (PLATFORM.md) and brings RESTEasy Classic along.
 */
@Produces(MediaType.APPLICATION_JSON)
public interface KeycloakAdminApi {

  @GET
  @Path("/users")
  List<KeycloakUser> usersNamed(@QueryParam("username") String username, @QueryParam("exact") boolean exact);

  /** Keycloak matches {@code search} as a prefix of username, e-mail, first or last name. */
  @GET
  @Path("/users")
  List<KeycloakUser> searchUsers(@QueryParam("search") String search, @QueryParam("max") int max);

  @GET
  @Path("/users/{id}/groups")
  List<KeycloakGroup> groupsOf(@PathParam("id") String userId);

  @GET
  @Path("/groups")
  List<KeycloakGroup> groupsNamed(@QueryParam("search") String name, @QueryParam("exact") boolean exact);
}
