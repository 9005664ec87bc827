package dev.partage.contracts.collection;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.time.Instant;

/** An object with its body (iCalendar or vCard text). */
public record ObjectData(
    String name, String etag, String contentType, long size,
    // A JSON number, for the reason given in ObjectMeta: reports carry hundreds of these.
    @JsonFormat(shape = JsonFormat.Shape.NUMBER) Instant lastModified, String data) {

  public ObjectMeta meta() {
    return new ObjectMeta(name, etag, contentType, size, lastModified);
  }
}
