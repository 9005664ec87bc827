package dev.partage.acl.rest;

import static dev.partage.acl.rest.People.ALEXANDRE;
import static dev.partage.acl.rest.People.CLAIRE;
import static dev.partage.acl.rest.People.DAVID;
import static dev.partage.acl.rest.People.GILLES;
import static dev.partage.acl.rest.People.TEAM_ACCOUNT;
import static dev.partage.acl.rest.People.TEAM_GROUP;
import static dev.partage.acl.rest.People.address;
import static dev.partage.acl.rest.People.calendar;
import static dev.partage.acl.rest.People.domain;
import static dev.partage.acl.rest.People.group;
import static dev.partage.acl.rest.People.user;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.partage.acl.service.EffectiveRights;
import dev.partage.acl.service.Shares;
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
 * The decision: the union of a principal's own grant, their Keycloak groups' (equipe-tech holds
 * Gilles, Alexandre and David) and their domain's.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresKafkaResource.class,
    initArgs = @ResourceArg(name = PostgresKafkaResource.DATABASE, value = "acl"))
@QuarkusTestResource(KeycloakResource.class)
class EffectiveRightsTest {

  @Inject ObjectMapper json;
  @Inject Shares shares;
  @Inject EffectiveRights rights;

  private AclCalls acl;
  private final UUID collection = UUID.randomUUID();

  @BeforeEach
  void shareWithAUserAGroupAndADomain() {
    acl = new AclCalls(json);
    shares.share(collection, address(GILLES), calendar(GILLES, "planning",
        user(ALEXANDRE, Role.READ),
        group(TEAM_GROUP, Right.CREATE),
        domain("namebay.example", Right.READ_FREEBUSY, Right.DELETE)));
  }

  @Test
  @TestSecurity(user = ALEXANDRE)
  void aPrincipalGetsTheUnionOfTheirGrantTheirGroupsAndTheirDomains() {
    assertThat(acl.decide(ALEXANDRE, collection).rights())
        .containsExactlyInAnyOrder(Right.READ_FREEBUSY, Right.READ, Right.CREATE, Right.DELETE);
  }

  @Test
  void eachPrincipalGetsWhatReachesThem() {
    assertThat(rights.decide(collection, address(DAVID)).rights())
        .as("group and domain")
        .containsExactlyInAnyOrder(Right.READ_FREEBUSY, Right.READ, Right.CREATE, Right.DELETE);
    assertThat(rights.decide(collection, address(TEAM_ACCOUNT)).rights())
        .as("domain only")
        .containsExactlyInAnyOrder(Right.READ_FREEBUSY, Right.READ, Right.DELETE);
    assertThat(rights.decide(collection, address(CLAIRE)).rights()).as("nothing reaches her").isEmpty();
  }

  @Test
  void theOwnerMayDoEverything() {
    assertThat(rights.decide(collection, address(GILLES)).rights()).isEqualTo(Role.MANAGE.rights());
  }

  @Test
  @TestSecurity(user = ALEXANDRE)
  void aCollectionNeverSharedGivesNothing() {
    assertThat(acl.decide(ALEXANDRE, UUID.randomUUID()).rights()).isEmpty();
  }

  @Test
  @TestSecurity(user = ALEXANDRE)
  void nobodyAsksForSomeoneElsesRights() {
    acl.decision(DAVID, collection).statusCode(403);
  }
}
