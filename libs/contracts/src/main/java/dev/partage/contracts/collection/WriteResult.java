package dev.partage.contracts.collection;

/**
 * The outcome of a PUT, COPY or MOVE.
 *
 * @param etag the new strong entity tag (null after a delete)
 * @param created true when the target did not exist before
 */
public record WriteResult(String etag, boolean created, long syncRevision) {}
