package dev.partage.acl.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.partage.acl.policy.DomainPolicy;
import dev.partage.acl.policy.HostedDomain;
import dev.partage.stack.testing.KeycloakResource;
import dev.partage.stack.testing.PostgresKafkaResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/** The hosted domains are the configuration's (application.properties, %test), seeded at start. */
@QuarkusTest
@QuarkusTestResource(value = PostgresKafkaResource.class,
    initArgs = @ResourceArg(name = PostgresKafkaResource.DATABASE, value = "acl"))
@QuarkusTestResource(KeycloakResource.class)
class DomainSeederTest {

  @Inject DomainSeeder seeder;
  @Inject HostedDomains domains;

  @Test
  void everyConfiguredDomainIsHostedWithItsTenantAndPolicyAndSeedingTwiceChangesNothing() {
    seeder.seed(null);

    assertThat(domains.all()).containsOnlyKeys("namebay.example", "filiale.example", "isolated.example");
    assertThat(domains.find("namebay.example"))
        .contains(new HostedDomain("namebay.example", "namebay", DomainPolicy.PLATFORM));
    assertThat(domains.find("isolated.example"))
        .contains(new HostedDomain("isolated.example", "isolated", DomainPolicy.DOMAIN));
    assertThat(domains.find("elsewhere.example")).isEmpty();
  }
}
