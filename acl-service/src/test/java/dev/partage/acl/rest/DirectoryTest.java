package dev.partage.acl.rest;

import static dev.partage.acl.rest.People.ALEXANDRE;
import static dev.partage.acl.rest.People.CLAIRE;
import static dev.partage.acl.rest.People.EVE;
import static dev.partage.acl.rest.People.GILLES;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.partage.contracts.acl.Person;
import dev.partage.stack.testing.KeycloakResource;
import dev.partage.stack.testing.PostgresKafkaResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The people a user may share with, from the demo realm's Keycloak: never anyone a domain policy
 * hides (isolated.example shares only within itself).
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresKafkaResource.class,
    initArgs = @ResourceArg(name = PostgresKafkaResource.DATABASE, value = "acl"))
@QuarkusTestResource(KeycloakResource.class)
class DirectoryTest {

  @Inject ObjectMapper json;

  private AclCalls acl;

  @BeforeEach
  void calls() {
    acl = new AclCalls(json);
  }

  @Test
  @TestSecurity(user = GILLES)
  void peopleOfAnotherPlatformDomainAreFoundByNameOrAddress() {
    assertThat(acl.people("claire", GILLES)).containsExactly(new Person(CLAIRE, "Claire Petit"));
    assertThat(acl.people("Pet", GILLES)).containsExactly(new Person(CLAIRE, "Claire Petit"));
  }

  @Test
  @TestSecurity(user = GILLES)
  void theAskerIsNotOfferedThemselves() {
    assertThat(acl.people("gilles", GILLES)).isEmpty();
    assertThat(acl.people("alex", GILLES)).extracting(Person::address).containsExactly(ALEXANDRE);
  }

  @Test
  @TestSecurity(user = GILLES)
  void anAccountOfADomainThatSharesOnlyWithinItselfIsNeverListed() {
    assertThat(acl.people("eve", GILLES)).isEmpty();
    assertThat(acl.people("e", GILLES)).extracting(Person::address).doesNotContain(EVE);
  }

  @Test
  @TestSecurity(user = EVE)
  void norDoesItsAccountSeeAnyoneOutside() {
    assertThat(acl.people("gilles", EVE)).isEmpty();
    assertThat(acl.people("c", EVE)).isEmpty();
  }

  @Test
  @TestSecurity(user = GILLES)
  void serviceAccountsAreNotPeople() {
    assertThat(acl.people("service", GILLES)).isEmpty();
  }

  @Test
  @TestSecurity(user = GILLES)
  void anEmptyQueryListsNobody() {
    assertThat(acl.people(" ", GILLES)).isEmpty();
  }

  @Test
  @TestSecurity(user = GILLES)
  void nobodySearchesOnSomeoneElsesBehalf() {
    acl.directory("claire", ALEXANDRE).statusCode(403);
  }
}
