package dev.partage.dav.request;

import java.util.List;

/**
 * A PROPPATCH: the updates in document order, which the server must apply in that order and all or
 * nothing (RFC 4918 section 9.2).
 */
public record ProppatchRequest(List<PropertyUpdate> updates) {

  public ProppatchRequest {
    updates = List.copyOf(updates);
  }
}
