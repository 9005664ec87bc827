package dev.partage.gateway.dav.method;

import dev.partage.gateway.dav.access.DavPrivilege;
import dev.partage.gateway.dav.request.DavRequest;
import jakarta.ws.rs.core.Response;

/** Serves one HTTP method on every DAV resource; found by {@link MethodHandlers}. */
public interface DavMethodHandler {

  /** The method's name as sent on the request line, e.g. "PROPFIND". */
  String method();

  /**
   * The privilege the request needs on its target, which the dispatcher checks before calling
   * {@link #handle}; null when the method needs none (OPTIONS).
   */
  DavPrivilege requiredPrivilege();

  Response handle(DavRequest request);
}
