package dev.partage.contracts.acl;

/** A directory entry: someone a user may share with. */
public record Person(String address, String displayName) {}
