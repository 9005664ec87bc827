package dev.partage.acl.rest;

import static dev.partage.acl.rest.People.ALEXANDRE;
import static dev.partage.acl.rest.People.DAVID;
import static dev.partage.acl.rest.People.GILLES;
import static dev.partage.acl.rest.People.TEAM_GROUP;
import static dev.partage.acl.rest.People.address;
import static dev.partage.acl.rest.People.group;
import static dev.partage.acl.rest.People.unique;
import static dev.partage.acl.rest.People.user;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.partage.acl.service.Shares;
import dev.partage.contracts.acl.GranteeRights;
import dev.partage.contracts.acl.Right;
import dev.partage.contracts.acl.Role;
import dev.partage.contracts.acl.ShareRequest;
import dev.partage.contracts.acl.SharedCollection;
import dev.partage.contracts.acl.ViewPatch;
import dev.partage.contracts.collection.CollectionKind;
import dev.partage.stack.testing.KeycloakResource;
import dev.partage.stack.testing.PostgresKafkaResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What a sharee's home shows: a stable, unique name and the sharee's own display name and colour. */
@QuarkusTest
@QuarkusTestResource(value = PostgresKafkaResource.class,
    initArgs = @ResourceArg(name = PostgresKafkaResource.DATABASE, value = "acl"))
@QuarkusTestResource(KeycloakResource.class)
class ShareeViewTest {

  @Inject ObjectMapper json;
  @Inject Shares shares;

  private AclCalls acl;
  private final UUID collection = UUID.randomUUID();
  private final String name = unique("reunions");

  @BeforeEach
  void calls() {
    acl = new AclCalls(json);
  }

  @Test
  @TestSecurity(user = ALEXANDRE)
  void aSharedCollectionShowsWithItsOwnerAndTheShareesRights() {
    share(collection, name, "Réunions", user(ALEXANDRE, Role.READ_WRITE));

    SharedCollection shared = listed(collection);

    assertThat(shared.kind()).isEqualTo(CollectionKind.CALENDAR);
    assertThat(shared.owner()).isEqualTo(GILLES);
    assertThat(shared.ownerCollectionName()).isEqualTo(name);
    assertThat(shared.rights()).isEqualTo(Role.READ_WRITE.rights());
    assertThat(shared.view().nameInHome()).isEqualTo(name + "-gilles-buisson");
    assertThat(shared.view().displayName()).isEqualTo("Réunions (Gilles Buisson)");
    assertThat(shared.view().color()).isEqualTo("#3366ccff");
  }

  @Test
  @TestSecurity(user = ALEXANDRE)
  void aShareeWithHundredsOfOwnCollectionsStillGetsTheirSharedOnes() {
    share(collection, name, "Réunions", user(ALEXANDRE, Role.READ));
    String[] ownNames = java.util.stream.IntStream.range(0, 500)
        .mapToObj(i -> "a-rather-long-calendar-name-of-alexandre-" + i).toArray(String[]::new);

    assertThat(acl.sharedCollections(ALEXANDRE, ownNames)).extracting(SharedCollection::collectionId)
        .contains(collection);
  }

  @Test
  @TestSecurity(user = ALEXANDRE)
  void theNameInHomeStaysWhenTheOwnerRenamesAndOnlyTheDefaultDisplayNameFollows() {
    share(collection, name, "Réunions", user(ALEXANDRE, Role.READ));
    String first = listed(collection).view().nameInHome();

    share(collection, name + "-renamed", "Comités", user(ALEXANDRE, Role.READ));

    SharedCollection again = listed(collection);
    assertThat(again.view().nameInHome()).isEqualTo(first);
    assertThat(again.view().displayName()).isEqualTo("Comités (Gilles Buisson)");
  }

  @Test
  @TestSecurity(user = ALEXANDRE)
  void aNewNameNeverTakesOneOfTheShareesOwnCollectionsOrAnotherShare() {
    UUID sameName = UUID.randomUUID();
    share(collection, name, null, user(ALEXANDRE, Role.READ));
    share(sameName, name, null, user(ALEXANDRE, Role.READ));

    List<SharedCollection> listed = acl.sharedCollections(ALEXANDRE, name + "-gilles-buisson");

    assertThat(listed).filteredOn(shared -> shared.ownerCollectionName().equals(name))
        .extracting(shared -> shared.view().nameInHome())
        .containsExactlyInAnyOrder(name + "-gilles-buisson-2", name + "-gilles-buisson-3");
  }

  @Test
  @TestSecurity(user = DAVID)
  void aCollectionReachedThroughAGroupIsListedToo() {
    share(collection, name, null, group(TEAM_GROUP, Right.READ));

    assertThat(listed(DAVID, collection).rights()).containsExactlyInAnyOrder(Right.READ_FREEBUSY, Right.READ);
  }

  @Test
  @TestSecurity(user = ALEXANDRE)
  void theShareeSetsTheirOwnDisplayNameColourAndOrder() {
    share(collection, name, "Réunions", user(ALEXANDRE, Role.READ));
    listed(collection);

    given().contentType(ContentType.JSON).body(acl.write(new ViewPatch("Mes réunions", "#ff0000ff", 3)))
        .patch("/internal/acl/principals/{user}/shared/{id}", ALEXANDRE, collection)
        .then().statusCode(200);

    SharedCollection shared = listed(collection);
    assertThat(shared.view().displayName()).isEqualTo("Mes réunions");
    assertThat(shared.view().color()).isEqualTo("#ff0000ff");
    assertThat(shared.view().order()).isEqualTo(3);
  }

  @Test
  @TestSecurity(user = ALEXANDRE)
  void aCollectionNotSharedWithTheCallerHasNoViewToChange() {
    given().contentType(ContentType.JSON).body(acl.write(new ViewPatch("Mine", null, null)))
        .patch("/internal/acl/principals/{user}/shared/{id}", ALEXANDRE, UUID.randomUUID())
        .then().statusCode(404);
  }

  @Test
  @TestSecurity(user = ALEXANDRE)
  void nobodyListsSomeoneElsesShares() {
    acl.sharedWith(DAVID).statusCode(403);
  }

  @Test
  @TestSecurity(user = ALEXANDRE)
  void aRevokedShareIsNoLongerListed() {
    share(collection, name, null, user(ALEXANDRE, Role.READ));
    listed(collection);

    shares.unshare(collection, address(GILLES));

    assertThat(acl.sharedCollections(ALEXANDRE)).extracting(SharedCollection::collectionId)
        .doesNotContain(collection);
  }

  private void share(UUID id, String collectionName, String displayName, GranteeRights grantee) {
    shares.share(id, address(GILLES),
        new ShareRequest(CollectionKind.CALENDAR, GILLES, collectionName, displayName, "#3366ccff", List.of(grantee)));
  }

  private SharedCollection listed(UUID id) {
    return listed(ALEXANDRE, id);
  }

  private SharedCollection listed(String sharee, UUID id) {
    return acl.sharedCollections(sharee).stream()
        .filter(shared -> shared.collectionId().equals(id))
        .findFirst()
        .orElseThrow(() -> new AssertionError("collection " + id + " is not listed"));
  }
}
