package dev.partage.contracts.acl;

/**
 * How a shared collection looks in one sharee's home; each sharee has their own.
 *
 * @param nameInHome the collection's URL segment in the sharee's home: ASCII-safe, unique there and
 *     stable for as long as the share lasts
 * @param order the sharee's sort order, or null
 */
public record SharerView(String nameInHome, String displayName, String color, Integer order) {}
