package dev.partage.gateway.api;

import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A collection as the caller sees it: one of their own, or one shared with them. */
@Schema(name = "Collection")
public record CollectionView(
    UUID id,
    ApiKind kind,
    @Schema(description = "Its URL segment in the caller's DAV home (for a shared collection, the"
        + " caller's own name for it).") String name,
    String displayName,
    String color,
    String description,
    @Schema(description = "The owner's mail address.") String owner,
    @Schema(description = "Whether the caller owns it.") boolean mine,
    @Schema(description = "The caller's role; absent when an advanced share gave a mix of rights"
        + " no role matches.") ShareRole role,
    @Schema(description = "What the caller may do with it.") Set<ShareRight> rights,
    @Schema(description = "The collection's URL in the caller's DAV home.") String davUrl,
    @Schema(description = "Calendars and task lists only: the URL a CalDAV client (Thunderbird, DAVx5,"
        + " Apple Calendar, an Outlook synchroniser) subscribes to; the same as davUrl.")
        String subscriptionUrl) {}
