package dev.partage.contracts.collection;

import java.time.Instant;

/** An object's metadata, what PROPFIND Depth 1 lists without reading any body. */
public record ObjectMeta(
    String name, String etag, String contentType, long size, Instant lastModified) {}
