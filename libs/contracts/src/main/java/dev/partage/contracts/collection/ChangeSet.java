package dev.partage.contracts.collection;

import java.util.List;

/**
 * The members changed since a revision (RFC 6578).
 *
 * @param revision the revision the client's next sync-token names
 * @param truncated true when {@code limit} cut the list; the client asks again from {@code
 *     revision}
 */
public record ChangeSet(long revision, List<Change> changes, boolean truncated) {}
