package dev.partage.contracts.collection;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.time.Instant;

/** An object's metadata, what PROPFIND Depth 1 lists without reading any body. */
public record ObjectMeta(
    String name, String etag, String contentType, long size,
    // Epoch seconds with nanoseconds (a JSON number), not ISO text: PROPFIND Depth 1 moves 1,000 of these
    // per request, and parsing ISO text through DateTimeFormatter cost the gateway 15 % of its CPU.
    @JsonFormat(shape = JsonFormat.Shape.NUMBER) Instant lastModified) {}
