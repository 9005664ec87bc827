package dev.partage.gateway.api;

import java.time.Instant;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One sharee of a collection and what they were given. */
@Schema(name = "Share")
public record ShareView(
    ShareeType type,
    @Schema(description = "A mail address, a group name or a domain, by type.") String grantee,
    @Schema(description = "The role these rights make; absent for a mix no role matches.") ShareRole role,
    Set<ShareRight> rights,
    Instant grantedAt) {}
