package dev.partage.contracts.acl;

import dev.partage.contracts.collection.CollectionKind;
import java.util.List;

/**
 * Sets or replaces the grants of the grantees listed; other grantees keep theirs. The gateway
 * fills in what it knows of the collection, which acl-service keeps to present the share in each
 * sharee's home.
 *
 * @param collectionName the collection's name in its owner's home (its URL segment)
 * @param displayName the owner's display name of the collection, or null
 */
public record ShareRequest(
    CollectionKind kind,
    String owner,
    String collectionName,
    String displayName,
    String color,
    List<GranteeRights> grantees) {}
