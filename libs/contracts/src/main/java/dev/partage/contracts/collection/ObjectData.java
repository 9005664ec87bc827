package dev.partage.contracts.collection;

import java.time.Instant;

/** An object with its body (iCalendar or vCard text). */
public record ObjectData(
    String name, String etag, String contentType, long size, Instant lastModified, String data) {

  public ObjectMeta meta() {
    return new ObjectMeta(name, etag, contentType, size, lastModified);
  }
}
