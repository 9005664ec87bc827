package dev.partage.gateway.dav.request;

import jakarta.ws.rs.core.MultivaluedMap;
import java.util.Map;
import java.util.TreeMap;

/** The request's headers by case-insensitive name (RFC 9110 section 5.1), first value of each. */
public final class RequestHeaders {

  private final Map<String, String> values = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);

  private RequestHeaders(Map<String, String> values) {
    this.values.putAll(values);
  }

  public static RequestHeaders of(Map<String, String> values) {
    return new RequestHeaders(values);
  }

  public static RequestHeaders of(MultivaluedMap<String, String> headers) {
    RequestHeaders result = new RequestHeaders(Map.of());
    headers.forEach(
        (name, list) -> {
          if (list != null && !list.isEmpty()) {
            result.values.put(name, list.get(0));
          }
        });
    return result;
  }

  /** The header's value, or null when the request has none. */
  public String get(String name) {
    return values.get(name);
  }
}
