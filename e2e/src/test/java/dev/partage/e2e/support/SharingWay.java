package dev.partage.e2e.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.net.URI;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The ways an owner makes, shares, revokes and deletes a collection, and a sharee finds it: DAV
 * requests alone, as macOS Calendar (CS:share) or a resource-sharing client (DAV:share-resource)
 * sends them, or the webmail's JSON management API alone (issue 5, Done when). The same scenario
 * runs through each.
 */
public enum SharingWay {

  /** CalendarServer sharing, what macOS Calendar sends (ARCHITECTURE.md, Rights). */
  DAV_CS_SHARE {
    @Override
    Response sendShare(Dav owner, OwnedCollection collection, Map<String, Access> sharees) {
      StringBuilder sets = new StringBuilder();
      sharees.forEach((address, access) -> sets.append(Sharing.csSet(address, access)));
      return Sharing.csShare(owner, collection.path(), sets.toString());
    }

    @Override
    Response sendRevoke(Dav owner, OwnedCollection collection, String address) {
      return Sharing.csShare(owner, collection.path(), Sharing.csRemove(address));
    }
  },

  /** draft-pot-webdav-resource-sharing section 5.3.2; DAV:no-access removes a sharee. */
  DAV_SHARE_RESOURCE {
    @Override
    Response sendShare(Dav owner, OwnedCollection collection, Map<String, Access> sharees) {
      String[] shareeAccess =
          sharees.entrySet().stream()
              .flatMap(sharee -> List.of(sharee.getKey(), sharee.getValue().shareAccess()).stream())
              .toArray(String[]::new);
      return Sharing.shareResource(owner, collection.path(), shareeAccess);
    }

    @Override
    Response sendRevoke(Dav owner, OwnedCollection collection, String address) {
      return Sharing.shareResource(owner, collection.path(), address, "no-access");
    }
  },

  /** The webmail's JSON API (README, Sharing): quick share, advanced share, revoke, delete. */
  JSON_API {
    @Override
    public OwnedCollection create(
        Dav owner, CollectionType type, String displayName, String colour, String description) {
      JsonPath created =
          api(owner).create(Map.of("kind", type.apiKind(), "displayName", displayName,
              "color", colour, "description", description));
      return new OwnedCollection(
          type, URI.create(created.getString("davUrl")).getPath(), displayName);
    }

    @Override
    Response sendShare(Dav owner, OwnedCollection collection, Map<String, Access> sharees) {
      return api(owner).share(collection.type().apiKind(), collection.name(), shareBody(sharees));
    }

    @Override
    public Refusal refusedShare(Dav owner, OwnedCollection collection, String address) {
      Response response = sendShare(owner, collection, Map.of(address, Access.READ));
      assertThat(response.contentType()).as(response.asString()).startsWith("application/json");
      JsonPath error = response.jsonPath();
      assertThat(error.getInt("status")).isEqualTo(response.statusCode());
      return new Refusal(response.statusCode(), error.getString("error"), error.getString("message"));
    }

    @Override
    Response sendRevoke(Dav owner, OwnedCollection collection, String address) {
      ManagementApi api = api(owner);
      return api.request()
          .delete(api.shares(collection.type().apiKind(), collection.name()) + "/user/" + address);
    }

    @Override
    public void delete(Dav owner, OwnedCollection collection) {
      api(owner).request()
          .delete(ManagementApi.COLLECTIONS + "/" + collection.type().apiKind() + "/" + collection.name())
          .then()
          .statusCode(204);
    }

    @Override
    public Optional<SharedView> find(Dav sharee, OwnedCollection collection, String owner) {
      return api(sharee).collections().stream()
          .filter(listed -> collection.type().apiKind().equals(listed.get("kind")))
          .filter(listed -> owner.equals(listed.get("owner")))
          .filter(listed -> Boolean.FALSE.equals(listed.get("mine")))
          .filter(listed -> String.valueOf(listed.get("displayName")).startsWith(collection.displayName() + " ("))
          .findFirst()
          .map(listed -> new SharedView(
              URI.create((String) listed.get("davUrl")).getPath(), (String) listed.get("displayName")));
    }

    /** One role for every sharee is a quick share; a role each is an advanced share. */
    private static Map<String, ?> shareBody(Map<String, Access> sharees) {
      if (new HashSet<>(sharees.values()).size() == 1) {
        return Map.of(
            "addresses", List.copyOf(sharees.keySet()),
            "role", sharees.values().iterator().next().apiRole());
      }
      return Map.of("sharees", sharees.entrySet().stream()
          .map(sharee -> Map.of("address", sharee.getKey(), "role", sharee.getValue().apiRole()))
          .toList());
    }

    private static ManagementApi api(Dav user) {
      return ManagementApi.as(user.stack(), user.user());
    }
  };

  /** A condition of Partage's own namespace, in the Clark notation {@link DavError} uses. */
  private static final String PARTAGE_CONDITION = Xml.name(Xml.PARTAGE, "");

  /** A collection as its owner made it: its path in the owner's home and the name it was given. */
  public record OwnedCollection(CollectionType type, String path, String displayName) {

    /** Its URL segment in the owner's home, the {name} of the management API's paths. */
    public String name() {
      String trimmed = path.substring(0, path.length() - 1);
      return trimmed.substring(trimmed.lastIndexOf('/') + 1);
    }
  }

  /** A sharee's own copy of a shared collection: its path in their home and their name for it. */
  public record SharedView(String path, String displayName) {}

  /**
   * Why a share was refused: the status, the reason (the JSON API's error code, or the local name
   * of the DAV error's precondition in Partage's namespace) and the sentence for the person who
   * asked.
   */
  public record Refusal(int status, String reason, String message) {}

  /** Creates a collection with its name, colour and description in the owner's home. */
  public OwnedCollection create(
      Dav owner, CollectionType type, String displayName, String colour, String description) {
    return new OwnedCollection(
        type, type.create(owner, "team", displayName, colour, description), displayName);
  }

  /** Shares with each address its access; fails unless every share is accepted. */
  public void share(Dav owner, OwnedCollection collection, Map<String, Access> sharees) {
    assertAccepted(sendShare(owner, collection, sharees));
  }

  /** Asks to share read-only with {@code address}, which must be refused; says why. */
  public Refusal refusedShare(Dav owner, OwnedCollection collection, String address) {
    Response response = sendShare(owner, collection, Map.of(address, Access.READ));
    DavError error = DavError.of(response, 403);
    String reason =
        error.conditions().stream()
            .filter(condition -> condition.startsWith(PARTAGE_CONDITION))
            .map(condition -> condition.substring(PARTAGE_CONDITION.length()))
            .findFirst()
            .orElse("");
    return new Refusal(response.statusCode(), reason, error.message());
  }

  public void revoke(Dav owner, OwnedCollection collection, String address) {
    assertAccepted(sendRevoke(owner, collection, address));
  }

  public void delete(Dav owner, OwnedCollection collection) {
    owner.request().delete(collection.path()).then().statusCode(204);
  }

  /**
   * The sharee's copy of {@code collection}, shared by {@code owner}, as their client finds it in
   * their own home (PROPFIND Depth 1) or the webmail in their list: it is named "Name (Owner)".
   */
  public Optional<SharedView> find(Dav sharee, OwnedCollection collection, String owner) {
    return Sharing.findShared(sharee, collection.type().home(sharee), collection.displayName())
        .filter(entry -> Xml.href(Xml.only(entry.ok(Xml.DAV, "owner"), Xml.DAV, "href"))
            .equals(Dav.as(sharee.stack(), owner).principal()))
        .map(entry -> new SharedView(entry.href(), entry.okText(Xml.DAV, "displayname")));
  }

  /**
   * {@link #find}, polled every 100 ms for up to 5 s: for a share this gateway's cached homes learn
   * of from the grant event alone, within about a second (issue 5): one made through another
   * replica, or through the JSON API. A bounded wait, not a timed assertion.
   */
  public SharedView awaitFound(Dav sharee, OwnedCollection collection, String owner) {
    return await()
        .atMost(Duration.ofSeconds(5))
        .pollInterval(Duration.ofMillis(100))
        .until(() -> find(sharee, collection, owner), Optional::isPresent)
        .orElseThrow();
  }

  /** The request that gives each address its access to the collection at {@code collection}. */
  abstract Response sendShare(Dav owner, OwnedCollection collection, Map<String, Access> sharees);

  /** The request that takes the collection at {@code collection} away from {@code address}. */
  abstract Response sendRevoke(Dav owner, OwnedCollection collection, String address);

  /** Accepted: the DAV POSTs and the API's PUT answer 200, the API's DELETE 204. */
  private static void assertAccepted(Response response) {
    assertThat(response.statusCode()).as(response.asString()).isBetween(200, 204);
  }
}
