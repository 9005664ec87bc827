package dev.partage.gateway.dav.method;

import io.quarkus.arc.All;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The handler of each DAV method, by method name. */
@ApplicationScoped
public class MethodHandlers {

  private final Map<String, DavMethodHandler> byMethod = new HashMap<>();

  public MethodHandlers(@All List<DavMethodHandler> handlers) {
    for (DavMethodHandler handler : handlers) {
      DavMethodHandler previous = byMethod.put(handler.method(), handler);
      if (previous != null) {
        throw new IllegalStateException(
            "Two handlers for " + handler.method() + ": " + previous + " and " + handler);
      }
    }
  }

  /** The handler of {@code method}; the resource class only routes methods that have one. */
  public DavMethodHandler forMethod(String method) {
    DavMethodHandler handler = byMethod.get(method);
    if (handler == null) {
      throw new IllegalStateException("No handler for " + method);
    }
    return handler;
  }
}
