package dev.partage.acl.rest;

import static dev.partage.acl.rest.People.ALEXANDRE;
import static dev.partage.acl.rest.People.DAVID;
import static dev.partage.acl.rest.People.GILLES;
import static dev.partage.acl.rest.People.address;
import static dev.partage.acl.rest.People.calendar;
import static dev.partage.acl.rest.People.group;
import static dev.partage.acl.rest.People.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.partage.acl.service.Shares;
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
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Which of an owner's collections are shared, the one call behind CS:shared-owner on a whole home
 * (caldav-sharing.txt section 5.2).
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresKafkaResource.class,
    initArgs = @ResourceArg(name = PostgresKafkaResource.DATABASE, value = "acl"))
@QuarkusTestResource(KeycloakResource.class)
class SharedAmongTest {

  @Inject ObjectMapper json;
  @Inject Shares shares;

  private AclCalls acl;
  private final UUID sharedWithAUser = UUID.randomUUID();
  private final UUID sharedWithAGroup = UUID.randomUUID();
  private final UUID neverShared = UUID.randomUUID();
  private final UUID alexandresShared = UUID.randomUUID();

  @BeforeEach
  void shares() {
    acl = new AclCalls(json);
    shares.share(sharedWithAUser, address(GILLES), calendar(GILLES, "work", user(DAVID, Role.READ)));
    shares.share(sharedWithAGroup, address(GILLES),
        calendar(GILLES, "team", group(People.TEAM_GROUP, Right.READ)));
    shares.share(alexandresShared, address(ALEXANDRE),
        calendar(ALEXANDRE, "holidays", user(GILLES, Role.READ)));
  }

  @Test
  @TestSecurity(user = GILLES)
  void anOwnerLearnsWhichOfTheirCollectionsAreSharedWithAnyone() {
    assertThat(acl.sharedCollectionIds(GILLES, sharedWithAUser, sharedWithAGroup, neverShared))
        .containsExactlyInAnyOrder(sharedWithAUser, sharedWithAGroup);
  }

  @Test
  @TestSecurity(user = GILLES)
  void anotherPersonsCollectionIsNeverReported() {
    assertThat(acl.sharedCollectionIds(GILLES, alexandresShared)).isEmpty();
  }

  @Test
  @TestSecurity(user = GILLES)
  void aCollectionIsNoLongerSharedAfterItsLastRevocation() {
    shares.revoke(sharedWithAUser, address(GILLES), GranteeType.USER, DAVID);

    assertThat(acl.sharedCollectionIds(GILLES, sharedWithAUser)).isEmpty();
  }

  @Test
  @TestSecurity(user = GILLES)
  void nothingAskedNothingAnswered() {
    assertThat(acl.sharedCollectionIds(GILLES)).isEmpty();
  }

  @Test
  @TestSecurity(user = DAVID)
  void nobodyAsksAboutAnotherOwnersCollections() {
    acl.sharedAmong(GILLES, sharedWithAUser)
        .statusCode(403)
        .body(containsString("only look at your own shares"));
  }
}
