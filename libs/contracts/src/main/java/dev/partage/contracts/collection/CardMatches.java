package dev.partage.contracts.collection;

import java.util.List;

/**
 * The answer to an addressbook-query.
 *
 * @param truncated more cards matched than the query's limit allowed (RFC 6352 section 8.6.1: the
 *     gateway then adds a 507 response for the request URI)
 */
public record CardMatches(List<ObjectData> cards, boolean truncated) {}
