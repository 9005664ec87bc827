package dev.partage.gateway.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What PATCH on a collection changes; absent fields stay as they are. */
@Schema(name = "CollectionChanges")
public record CollectionChanges(
    String displayName,
    @Schema(description = "#RRGGBB or #RRGGBBAA.", examples = "#E53935") String color,
    String description) {}
