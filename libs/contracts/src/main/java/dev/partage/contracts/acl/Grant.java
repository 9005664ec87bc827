package dev.partage.contracts.acl;

import dev.partage.contracts.collection.CollectionKind;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/** One grantee's rights on one collection, as acl-service stores them. */
public record Grant(
    UUID collectionId,
    CollectionKind kind,
    String owner,
    GranteeType granteeType,
    String grantee,
    Set<Right> rights,
    Instant grantedAt) {}
