package dev.partage.contracts.acl;

import dev.partage.contracts.collection.CollectionKind;
import java.util.Set;
import java.util.UUID;

/**
 * A collection shared with a user, as the gateway lists it in that user's home.
 *
 * @param rights the user's effective rights: the union of their own grant, their groups' and
 *     their domain's
 */
public record SharedCollection(
    UUID collectionId,
    CollectionKind kind,
    String owner,
    String ownerCollectionName,
    Set<Right> rights,
    SharerView view) {}
