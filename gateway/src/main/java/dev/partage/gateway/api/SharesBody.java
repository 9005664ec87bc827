package dev.partage.gateway.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * PUT …/shares: either a quick share (addresses and one role for all) or an advanced one (a role or
 * a set of rights per sharee), not both.
 */
@Schema(name = "ShareRequest", description = "Either {addresses, role} (quick share) or {sharees}"
    + " (advanced share). Sharees not named keep what they have.")
public record SharesBody(
    @Schema(description = "Quick share: the mail addresses to share with.") List<String> addresses,
    @Schema(description = "Quick share: the role all of them get.") ShareRole role,
    @Schema(description = "Advanced share: one entry per sharee.") List<ShareeBody> sharees) {}
