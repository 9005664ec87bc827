package dev.partage.gateway.dav;

import dev.partage.gateway.backend.AclDecisions;
import dev.partage.gateway.backend.CollectionLocator;
import dev.partage.gateway.backend.CollectionRef;
import dev.partage.gateway.backend.Directories;
import dev.partage.gateway.backend.OwnedShares;
import dev.partage.gateway.dav.access.AccessPolicy;
import dev.partage.gateway.dav.request.DavRequest;
import dev.partage.gateway.dav.request.RequestHeaders;
import dev.partage.gateway.dav.routing.DavPaths;
import dev.partage.gateway.dav.routing.DavTarget;
import dev.partage.gateway.dav.sharing.SharingProperties;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/** Builds requests the way {@link DavDispatcher} does, for handler tests. */
public final class DavRequests {

  public static final String ANN = "ann@example.org";

  private DavRequests() {}

  /** The access policy with an acl-service that grants nobody anything. */
  public static AccessPolicy policy() {
    return policy(new FakeAcl());
  }

  /** A locator that finds no collection: for tests whose destinations do not exist. */
  public static CollectionLocator locatorFindingNothing() {
    return new CollectionLocator(null, null) {
      @Override
      public Optional<CollectionRef> locate(String user, DavTarget target) {
        return Optional.empty();
      }
    };
  }

  public static AccessPolicy policy(FakeAcl acl) {
    return new AccessPolicy(new AclDecisions(acl, Duration.ofMinutes(1)));
  }

  /** The sharing properties, with {@code owned} as the collections their owners' homes list. */
  public static SharingProperties sharingProperties(FakeAcl acl, CollectionRef... owned) {
    return new SharingProperties(acl, new OwnedShares(acl, Directories.serving(owned)));
  }

  public static DavRequest request(
      String path, Map<String, String> headers, String body, CollectionRef collection) {
    DavTarget target = DavPaths.parse(path);
    return new DavRequest(
        URI.create("http://dav.example.org" + path),
        target,
        policy().decide(ANN, target, Optional.ofNullable(collection)),
        ANN,
        RequestHeaders.of(headers),
        body == null ? null : body.getBytes(StandardCharsets.UTF_8),
        Optional.ofNullable(collection));
  }
}
