package dev.partage.contracts.acl;

/** A sharee's change to their own view of a shared collection; null fields stay as they are. */
public record ViewPatch(String displayName, String color, Integer order) {}
