package dev.partage.gateway.dav;

import dev.partage.gateway.backend.CollectionRef;
import dev.partage.gateway.dav.access.AccessPolicy;
import dev.partage.gateway.dav.request.DavRequest;
import dev.partage.gateway.dav.request.RequestHeaders;
import dev.partage.gateway.dav.routing.DavPaths;
import dev.partage.gateway.dav.routing.DavTarget;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;

/** Builds requests the way {@link DavDispatcher} does, for handler tests. */
public final class DavRequests {

  public static final String ANN = "ann@example.org";

  private DavRequests() {}

  public static DavRequest request(
      String path, Map<String, String> headers, String body, CollectionRef collection) {
    DavTarget target = DavPaths.parse(path);
    return new DavRequest(
        URI.create("http://dav.example.org" + path),
        target,
        new AccessPolicy().decide(ANN, target),
        ANN,
        RequestHeaders.of(headers),
        body == null ? null : body.getBytes(StandardCharsets.UTF_8),
        Optional.ofNullable(collection));
  }
}
