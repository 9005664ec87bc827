package dev.partage.gateway.api;

import jakarta.ws.rs.PathParam;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The {kind}/{name} that names a collection in every path under it, read and documented once.
 * The kind is kept as text and checked here, so that an unknown one is a 400 with the list of
 * kinds rather than JAX-RS's bare 404.
 */
public class CollectionPath {

  @Parameter(description = "calendar, tasks or addressbook.",
      schema = @Schema(enumeration = {"calendar", "tasks", "addressbook"}))
  @PathParam("kind")
  String kind;

  @Parameter(description = "The collection's name in your DAV home.")
  @PathParam("name")
  String name;

  ApiKind kind() {
    return ApiKind.bySegment(kind);
  }

  String name() {
    return name;
  }
}
