package dev.partage.contracts.collection;

/** One member's latest change since a sync token; a deleted member is a tombstone. */
public record Change(String name, String etag, boolean deleted) {}
