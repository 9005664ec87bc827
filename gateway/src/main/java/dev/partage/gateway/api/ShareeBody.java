package dev.partage.gateway.api;

import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One sharee of an advanced share: exactly one of address, group, domain; a role or rights. */
@Schema(name = "Sharee", description = "Exactly one of address, group and domain; a role or a set of rights.")
public record ShareeBody(
    @Schema(examples = "alexandre.bernard@namebay.example") String address,
    @Schema(examples = "equipe-tech") String group,
    @Schema(examples = "namebay.example") String domain,
    ShareRole role,
    Set<ShareRight> rights) {}
