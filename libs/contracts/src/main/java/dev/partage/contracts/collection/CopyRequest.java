package dev.partage.contracts.collection;

import java.util.UUID;

/** COPY or MOVE of one object into a collection of the same service. */
public record CopyRequest(
    UUID targetCollection, String targetName, boolean overwrite, boolean move, String ifMatch) {}
