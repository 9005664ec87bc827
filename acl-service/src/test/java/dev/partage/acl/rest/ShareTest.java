package dev.partage.acl.rest;

import static dev.partage.acl.rest.People.ALEXANDRE;
import static dev.partage.acl.rest.People.DAVID;
import static dev.partage.acl.rest.People.GILLES;
import static dev.partage.acl.rest.People.address;
import static dev.partage.acl.rest.People.calendar;
import static dev.partage.acl.rest.People.user;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.partage.acl.service.EffectiveRights;
import dev.partage.acl.service.Shares;
import dev.partage.contracts.acl.Grant;
import dev.partage.contracts.acl.GranteeType;
import dev.partage.contracts.acl.Right;
import dev.partage.contracts.acl.Role;
import dev.partage.stack.testing.KeycloakResource;
import dev.partage.stack.testing.PostgresKafkaResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Quick and advanced shares, who may change them, and revocation. */
@QuarkusTest
@QuarkusTestResource(value = PostgresKafkaResource.class,
    initArgs = @ResourceArg(name = PostgresKafkaResource.DATABASE, value = "acl"))
@QuarkusTestResource(KeycloakResource.class)
class ShareTest {

  @Inject ObjectMapper json;
  @Inject Shares shares;
  @Inject EffectiveRights rights;

  private AclCalls acl;
  private final UUID collection = UUID.randomUUID();

  @BeforeEach
  void calls() {
    acl = new AclCalls(json);
  }

  @Test
  @TestSecurity(user = GILLES)
  void aQuickShareGivesEveryoneTheSameRole() {
    List<Grant> grants = acl.shared(collection,
        calendar(GILLES, "work", user(ALEXANDRE, Role.READ), user(DAVID, Role.READ)));

    assertThat(grants).extracting(Grant::grantee).containsExactly(ALEXANDRE, DAVID);
    assertThat(grants).allSatisfy(grant -> {
      assertThat(grant.collectionId()).isEqualTo(collection);
      assertThat(grant.owner()).isEqualTo(GILLES);
      assertThat(grant.granteeType()).isEqualTo(GranteeType.USER);
      assertThat(grant.rights()).containsExactlyInAnyOrder(Right.READ_FREEBUSY, Right.READ);
      assertThat(grant.grantedAt()).isNotNull();
    });
  }

  @Test
  @TestSecurity(user = GILLES)
  void anAdvancedShareGivesEachGranteeTheirOwnRights() {
    List<Grant> grants = acl.shared(collection,
        calendar(GILLES, "work", user(ALEXANDRE, Role.READ_WRITE), user(DAVID, Right.CREATE)));

    assertThat(rightsByGrantee(grants))
        .containsEntry(ALEXANDRE, Role.READ_WRITE.rights())
        .containsEntry(DAVID, Set.of(Right.READ_FREEBUSY, Right.READ, Right.CREATE));
  }

  @Test
  @TestSecurity(user = GILLES)
  void aShareReplacesTheGrantsOfTheGranteesItNamesOnly() {
    acl.shared(collection, calendar(GILLES, "work", user(ALEXANDRE, Role.READ), user(DAVID, Role.READ)));

    List<Grant> grants = acl.shared(collection, calendar(GILLES, "work", user(DAVID, Role.MANAGE)));

    assertThat(rightsByGrantee(grants))
        .containsEntry(ALEXANDRE, Role.READ.rights())
        .containsEntry(DAVID, Role.MANAGE.rights());
  }

  @Test
  @TestSecurity(user = ALEXANDRE)
  void aReaderMayNeitherChangeNorListTheGrants() {
    shares.share(collection, address(GILLES), calendar(GILLES, "work", user(ALEXANDRE, Role.READ_WRITE)));

    acl.share(collection, calendar(GILLES, "work", user(DAVID, Role.READ)))
        .statusCode(403)
        .body("condition", equalTo("need-privileges"))
        .body("message", containsString("Only the owner of this collection"));
    given().get("/internal/acl/collections/{id}/grants", collection).then().statusCode(403);
    assertThat(shares.grants(collection, address(GILLES))).extracting(Grant::grantee).containsExactly(ALEXANDRE);
  }

  @Test
  @TestSecurity(user = ALEXANDRE)
  void nobodyButTheOwnerSharesACollectionForTheFirstTime() {
    acl.share(collection, calendar(GILLES, "work", user(ALEXANDRE, Role.MANAGE)))
        .statusCode(403)
        .body("message", containsString("Only " + GILLES + " may share"));
  }

  @Test
  @TestSecurity(user = DAVID)
  void aManagerMayShareFurther() {
    shares.share(collection, address(GILLES), calendar(GILLES, "work", user(DAVID, Role.MANAGE)));

    List<Grant> grants = acl.shared(collection, calendar(GILLES, "work", user(ALEXANDRE, Role.READ)));

    assertThat(grants).extracting(Grant::grantee).containsExactlyInAnyOrder(ALEXANDRE, DAVID);
  }

  @Test
  @TestSecurity(user = GILLES)
  void revokingAGrantTakesTheRightsAway() {
    shares.share(collection, address(GILLES),
        calendar(GILLES, "work", user(ALEXANDRE, Role.READ), user(DAVID, Role.READ)));

    given().delete("/internal/acl/collections/{id}/grants/USER/{grantee}", collection, ALEXANDRE)
        .then().statusCode(204);
    given().delete("/internal/acl/collections/{id}/grants/USER/{grantee}", collection, ALEXANDRE)
        .then().statusCode(204);

    assertThat(acl.grants(collection)).extracting(Grant::grantee).containsExactly(DAVID);
    assertThat(rights.decide(collection, address(ALEXANDRE)).rights()).isEmpty();
  }

  @Test
  @TestSecurity(user = ALEXANDRE)
  void aShareeMayLeaveButNotRevokeOthers() {
    shares.share(collection, address(GILLES),
        calendar(GILLES, "work", user(ALEXANDRE, Role.READ), user(DAVID, Role.READ)));

    given().delete("/internal/acl/collections/{id}/grants/USER/{grantee}", collection, DAVID)
        .then().statusCode(403);
    given().delete("/internal/acl/collections/{id}/grants/USER/{grantee}", collection, ALEXANDRE)
        .then().statusCode(204);

    assertThat(shares.grants(collection, address(GILLES))).extracting(Grant::grantee).containsExactly(DAVID);
  }

  @Test
  @TestSecurity(user = GILLES)
  void unsharingRevokesEveryGrant() {
    shares.share(collection, address(GILLES),
        calendar(GILLES, "work", user(ALEXANDRE, Role.READ), user(DAVID, Role.READ)));

    given().delete("/internal/acl/collections/{id}", collection).then().statusCode(204);

    assertThat(acl.grants(collection)).isEmpty();
    assertThat(rights.decide(collection, address(DAVID)).rights()).isEmpty();
  }

  private static Map<String, Set<Right>> rightsByGrantee(List<Grant> grants) {
    return grants.stream().collect(Collectors.toMap(Grant::grantee, Grant::rights));
  }
}
