package dev.partage.gateway.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What POST /api/v1/collections asks for. */
@Schema(name = "NewCollection")
public record NewCollectionBody(
    @Schema(required = true) ApiKind kind,
    @Schema(description = "The URL segment in your DAV home: ASCII letters, digits, '-', '_' and '.'."
        + " Derived from displayName when absent.", examples = "team-meetings") String name,
    @Schema(required = true, examples = "Team meetings") String displayName,
    @Schema(description = "#RRGGBB or #RRGGBBAA.", examples = "#1E88E5") String color,
    String description) {}
