package dev.partage.acl.rest;

import static dev.partage.acl.rest.People.ALEXANDRE;
import static dev.partage.acl.rest.People.CLAIRE;
import static dev.partage.acl.rest.People.EVE;
import static dev.partage.acl.rest.People.GILLES;
import static dev.partage.acl.rest.People.calendar;
import static dev.partage.acl.rest.People.domain;
import static dev.partage.acl.rest.People.group;
import static dev.partage.acl.rest.People.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.partage.contracts.acl.GranteeRights;
import dev.partage.contracts.acl.GranteeType;
import dev.partage.contracts.acl.Grant;
import dev.partage.contracts.acl.Right;
import dev.partage.contracts.acl.Role;
import dev.partage.contracts.acl.ShareRefusal;
import dev.partage.contracts.acl.ShareRequest;
import dev.partage.contracts.collection.CollectionKind;
import dev.partage.stack.testing.KeycloakResource;
import dev.partage.stack.testing.PostgresKafkaResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Grants the domains' policies or the directory refuse (ARCHITECTURE.md, Rights): each is a 403
 * with a sentence, and nothing of the share is stored.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresKafkaResource.class,
    initArgs = @ResourceArg(name = PostgresKafkaResource.DATABASE, value = "acl"))
@QuarkusTestResource(KeycloakResource.class)
class PolicyRefusalTest {

  @Inject ObjectMapper json;

  private AclCalls acl;
  private final UUID collection = UUID.randomUUID();

  @BeforeEach
  void calls() {
    acl = new AclCalls(json);
  }

  @Test
  @TestSecurity(user = GILLES)
  void anotherHostedDomainOnThePlatformPolicyIsAllowed() {
    List<Grant> grants = acl.shared(collection,
        calendar(GILLES, "work", user(CLAIRE, Role.READ), domain("filiale.example", Right.READ)));

    assertThat(grants).extracting(Grant::grantee).containsExactlyInAnyOrder(CLAIRE, "filiale.example");
  }

  @Test
  @TestSecurity(user = GILLES)
  void aDomainThatSharesOnlyWithinItselfIsNotReached() {
    refused(calendar(GILLES, "work", user(EVE, Role.READ)),
        ShareRefusal.POLICY_REFUSED, "sharing policies of namebay.example and isolated.example do not allow");
    refused(calendar(GILLES, "work", domain("isolated.example", Right.READ)),
        ShareRefusal.POLICY_REFUSED, "sharing policies of namebay.example and isolated.example do not allow");
  }

  @Test
  @TestSecurity(user = EVE)
  void norDoesItReachOut() {
    refused(calendar(EVE, "private", user(GILLES, Role.READ)),
        ShareRefusal.POLICY_REFUSED, "sharing policies of isolated.example and namebay.example do not allow");
  }

  @Test
  @TestSecurity(user = GILLES)
  void anAddressNotHostedHereCannotBeGranted() {
    refused(calendar(GILLES, "work", user("someone@elsewhere.example", Role.READ)),
        ShareRefusal.NOT_HOSTED, "someone@elsewhere.example is not hosted on this platform");
    refused(calendar(GILLES, "work", domain("elsewhere.example", Right.READ)),
        ShareRefusal.NOT_HOSTED, "elsewhere.example is not hosted on this platform");
  }

  @Test
  @TestSecurity(user = GILLES)
  void aMissingAccountOrGroupCannotBeGranted() {
    refused(calendar(GILLES, "work", user("nobody@namebay.example", Role.READ)),
        ShareRefusal.NO_SUCH_GRANTEE, "There is no account nobody@namebay.example");
    refused(calendar(GILLES, "work", group("no-such-team", Right.READ)),
        ShareRefusal.NO_SUCH_GRANTEE, "There is no group 'no-such-team'");
  }

  @Test
  @TestSecurity(user = GILLES)
  void oneRefusedGranteeRefusesTheWholeShare() {
    refused(calendar(GILLES, "work", user(ALEXANDRE, Role.READ), user(EVE, Role.READ)),
        ShareRefusal.POLICY_REFUSED, "isolated.example");

    assertThat(acl.grants(collection)).isEmpty();
  }

  @Test
  @TestSecurity(user = GILLES)
  void aGranteeNeedsARoleOrRightsButNotBoth() {
    acl.share(collection, calendar(GILLES, "work",
            new GranteeRights(GranteeType.USER, ALEXANDRE, Role.READ, Set.of(Right.MODIFY))))
        .statusCode(400).body("message", containsString("either a role or a set of rights"));
    acl.share(collection, calendar(GILLES, "work", new GranteeRights(GranteeType.USER, ALEXANDRE, null, null)))
        .statusCode(400);
  }

  @Test
  @TestSecurity(user = GILLES)
  void freeBusyIsForCalendarsOnly() {
    ShareRequest addressBook = new ShareRequest(CollectionKind.ADDRESSBOOK, GILLES, "contacts", null, null,
        List.of(user(ALEXANDRE, Role.FREEBUSY)));

    acl.share(collection, addressBook).statusCode(400).body("message", containsString("calendars only"));
  }

  @Test
  @TestSecurity(user = GILLES)
  void anOwnerDoesNotShareWithThemselves() {
    acl.share(collection, calendar(GILLES, "work", user(GILLES, Role.READ)))
        .statusCode(400).body("message", containsString("owns this collection already"));
  }

  private void refused(ShareRequest request, ShareRefusal reason, String sentence) {
    acl.share(collection, request)
        .statusCode(403)
        .body("namespace", equalTo(ShareRefusal.NAMESPACE))
        .body("condition", equalTo(reason.condition()))
        .body("message", containsString(sentence));
  }
}
