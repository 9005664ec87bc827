package dev.partage.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.partage.e2e.StackExtension.Stack;
import dev.partage.e2e.support.Access;
import dev.partage.e2e.support.CollectionType;
import dev.partage.e2e.support.Dav;
import dev.partage.e2e.support.DavError;
import dev.partage.e2e.support.Isolation;
import dev.partage.e2e.support.ManagementApi;
import dev.partage.e2e.support.Sharing;
import dev.partage.e2e.support.SharingWay;
import dev.partage.e2e.support.SharingWay.OwnedCollection;
import dev.partage.e2e.support.SharingWay.Refusal;
import dev.partage.e2e.support.SharingWay.SharedView;
import dev.partage.e2e.support.Xml;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The scenario of issue 5, whole: a team of three (Gilles, Alexandre, David) and Claire of
 * filiale.example share a calendar, a task list and an address book, made and shared through DAV
 * requests alone or through the JSON management API alone (the API has no objects: events, tasks
 * and cards are always written by DAV clients). Every collaborator finds it in their own home,
 * writes what they may, sees every change, and loses it when it is revoked or deleted.
 */
@ExtendWith(StackExtension.class)
class TeamScenarioIT {

  private static final String OWNERS_COLOUR = "#3A87ADFF";
  private static final String DAVIDS_COLOUR = "#FF0000FF";
  private static final String NOT_HOSTED = "nobody@unhosted.example";
  private static final String TEAM_GROUP = "equipe-tech";
  private static final String NEED_PRIVILEGES = Xml.name(Xml.DAV, "need-privileges");

  static Stream<Arguments> everyTypeEveryWay() {
    return Stream.of(CollectionType.values())
        .flatMap(type -> Stream.of(SharingWay.values()).map(way -> Arguments.of(type, way)));
  }

  @ParameterizedTest(name = "{0} through {1}")
  @MethodSource("everyTypeEveryWay")
  void theTeamSharesItAndEachCollaboratorDoesWhatTheirRightsAllow(
      CollectionType type, SharingWay way, Stack stack) {
    Dav gilles = Dav.as(stack, Dav.GILLES);
    Dav alexandre = Dav.as(stack, Dav.ALEXANDRE);
    Dav david = Dav.as(stack, Dav.DAVID);
    Dav claire = Dav.as(stack, Dav.CLAIRE);
    String name = "Projet " + UUID.randomUUID().toString().substring(0, 8);
    OwnedCollection shared = way.create(gilles, type, name, OWNERS_COLOUR, "Ce que l'équipe partage");

    way.share(gilles, shared, Map.of(Dav.ALEXANDRE, Access.READ_WRITE, Dav.DAVID, Access.READ));
    way.share(gilles, shared, Map.of(Dav.CLAIRE, Access.READ_WRITE));
    assertRefused(way.refusedShare(gilles, shared, Dav.EVE), "policy-refused", "isolated.example");
    assertRefused(way.refusedShare(gilles, shared, NOT_HOSTED), "not-hosted", "unhosted.example");
    assertThat(way.find(Dav.as(stack, Dav.EVE), shared, Dav.GILLES)).isEmpty();

    Map<Dav, String> copies = new LinkedHashMap<>();
    copies.put(gilles, shared.path());
    for (Dav sharee : List.of(alexandre, david, claire)) {
      SharedView view = way.find(sharee, shared, Dav.GILLES).orElseThrow();
      assertThat(view.displayName()).isEqualTo(name + " (Gilles Buisson)");
      copies.put(sharee, view.path());
    }

    String alexandresUid = writersChangesAreSeenByAll(type, copies, alexandre, claire);
    readOnlyChangesNothing(type, copies, david, alexandresUid);
    aShareesColourIsTheirsAlone(copies, david, gilles, alexandre);

    way.revoke(gilles, shared, Dav.CLAIRE);
    Sharing.awaitNotFound(claire, copies.get(claire));
    assertThat(way.find(claire, shared, Dav.GILLES)).isEmpty();
    Isolation.assertAnswersAsMissing(claire, copies.get(claire), type.home(claire) + "missing-" + UUID.randomUUID() + "/",
        type.resourceName(alexandresUid), type.contentType(), type.object(alexandresUid, "Encore"),
        Sharing.HOME_PROPERTIES);

    way.delete(gilles, shared);
    for (Dav sharee : List.of(alexandre, david)) {
      Sharing.awaitNotFound(sharee, copies.get(sharee));
      assertThat(way.find(sharee, shared, Dav.GILLES)).isEmpty();
    }
  }

  /**
   * A dedicated team account (ARCHITECTURE.md) shares with the Keycloak group equipe-tech in one
   * grant; every member finds the collection and edits it, nobody else sees it.
   */
  @ParameterizedTest(name = "{0}")
  @EnumSource(CollectionType.class)
  void aTeamAccountSharesWithItsGroupAndEveryMemberEditsIt(CollectionType type, Stack stack) {
    Dav team = Dav.as(stack, Dav.EQUIPE_TECH);
    String name = "Équipe " + UUID.randomUUID().toString().substring(0, 8);
    OwnedCollection shared = SharingWay.JSON_API.create(team, type, name, OWNERS_COLOUR, "L'équipe tech");

    List<Map<String, Object>> grants =
        ManagementApi.as(stack, Dav.EQUIPE_TECH)
            .share(type.apiKind(), shared.name(),
                Map.of("sharees", List.of(Map.of("group", TEAM_GROUP, "role", "read-write"))))
            .then().statusCode(200).extract().jsonPath().getList("$");
    assertThat(grants).singleElement().satisfies(grant -> {
      assertThat(grant.get("type")).isEqualTo("group");
      assertThat(grant.get("grantee")).isEqualTo(TEAM_GROUP);
    });

    List<Dav> members =
        List.of(Dav.as(stack, Dav.GILLES), Dav.as(stack, Dav.ALEXANDRE), Dav.as(stack, Dav.DAVID));
    Map<Dav, String> copies = new LinkedHashMap<>();
    copies.put(team, shared.path());
    for (Dav colleague : members) {
      // The API's share reaches the gateway's cached homes through the grant event.
      SharedView inTheirHome = SharingWay.DAV_CS_SHARE.awaitFound(colleague, shared, Dav.EQUIPE_TECH);
      SharedView inTheirList = SharingWay.JSON_API.find(colleague, shared, Dav.EQUIPE_TECH).orElseThrow();
      assertThat(inTheirList).isEqualTo(inTheirHome);
      assertThat(inTheirHome.displayName()).isEqualTo(name + " (Équipe Tech)");
      copies.put(colleague, inTheirHome.path());
    }
    assertThat(SharingWay.JSON_API.find(Dav.as(stack, Dav.CLAIRE), shared, Dav.EQUIPE_TECH)).isEmpty();

    writersChangesAreSeenByAll(type, copies, members.toArray(Dav[]::new));
  }

  private static void assertRefused(Refusal refusal, String reason, String refusedDomain) {
    assertThat(refusal.status()).isEqualTo(403);
    assertThat(refusal.reason()).isEqualTo(reason);
    assertThat(refusal.message()).contains(refusedDomain);
  }

  /** The ctag and sync-token each user's client polls, on their own copy. */
  private static Map<Dav, Dav.Version> versions(Map<Dav, String> copies) {
    Map<Dav, Dav.Version> versions = new LinkedHashMap<>();
    copies.forEach((user, copy) -> versions.put(user, user.version(copy)));
    return versions;
  }

  /** Every user GETs the object from their own copy: same content, same ETag (ARCHITECTURE.md, URLs). */
  private static void assertEveryoneReads(
      CollectionType type, Map<Dav, String> copies, String uid, String etag, String summary) {
    assertThat(etag).isNotBlank();
    copies.forEach((user, copy) -> {
      var answer = user.request().get(copy + type.resourceName(uid)).then().statusCode(200).extract();
      assertThat(answer.header("ETag")).as("%s's ETag", user.user()).isEqualTo(etag);
      assertThat(answer.asString()).contains(summary);
    });
  }

  /**
   * Each writer adds an object through their own copy; everybody reads both with the same ETag,
   * and the ctag and sync-token every client polls moved, to the same value for all. Returns the
   * first writer's object's uid.
   */
  private static String writersChangesAreSeenByAll(CollectionType type, Map<Dav, String> copies, Dav... writers) {
    Dav owner = copies.keySet().iterator().next();
    Dav.Version before = owner.version(copies.get(owner));
    List<String> uids = new ArrayList<>();
    for (Dav writer : writers) {
      String uid = "by-" + UUID.randomUUID();
      String summary = "Par " + writer.user();
      assertEveryoneReads(type, copies, uid, type.write(writer, copies.get(writer), uid, summary), summary);
      uids.add(uid);
    }
    Map<Dav, Dav.Version> after = versions(copies);
    assertThat(after.values()).as("one version for all after the writes").containsOnly(after.get(owner));
    assertThat(after.get(owner)).isNotEqualTo(before);
    return uids.getFirst();
  }

  /**
   * A read-only sharee may neither add nor change nor delete: 403 need-privileges each time, and
   * nothing changed for anybody.
   */
  private static void readOnlyChangesNothing(
      CollectionType type, Map<Dav, String> copies, Dav reader, String existingUid) {
    Map<Dav, Dav.Version> before = versions(copies);
    String existingEtag = reader.request().get(copies.get(reader) + type.resourceName(existingUid))
        .then().statusCode(200).extract().header("ETag");
    assertReadOnly(type, reader, copies.get(reader), existingUid);
    assertThat(versions(copies)).isEqualTo(before);
    copies.forEach((user, copy) ->
        user.request().get(copy + type.resourceName(existingUid)).then().statusCode(200).header("ETag", existingEtag));
  }

  /** The sharee recolours their copy; the owner and the other sharees keep the owner's colour. */
  private static void aShareesColourIsTheirsAlone(Map<Dav, String> copies, Dav recolouring, Dav... others) {
    Sharing.recolour(recolouring, copies.get(recolouring), DAVIDS_COLOUR);
    assertThat(Sharing.colour(recolouring, copies.get(recolouring))).isEqualTo(DAVIDS_COLOUR);
    for (Dav other : others) {
      assertThat(Sharing.colour(other, copies.get(other))).as(other.user()).isEqualTo(OWNERS_COLOUR);
    }
  }

  /** 403 need-privileges on a PUT that adds, a PUT that changes and a DELETE. */
  private static void assertReadOnly(CollectionType type, Dav reader, String copy, String existingUid) {
    String added = UUID.randomUUID().toString();
    String existing = copy + type.resourceName(existingUid);
    List.of(
            reader.request().contentType(type.contentType()).body(type.object(added, "Non"))
                .put(copy + type.resourceName(added)),
            reader.request().contentType(type.contentType()).body(type.object(existingUid, "Changé"))
                .put(existing),
            reader.request().delete(existing))
        .forEach(refused -> assertThat(DavError.of(refused, 403).conditions()).contains(NEED_PRIVILEGES));
    reader.request().get(copy + type.resourceName(added)).then().statusCode(404);
  }
}
