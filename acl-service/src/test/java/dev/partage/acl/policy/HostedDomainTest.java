package dev.partage.acl.policy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Sharing across domains follows BOTH domains' policies (ARCHITECTURE.md, Rights). */
class HostedDomainTest {

  private static final HostedDomain NAMEBAY = new HostedDomain("namebay.example", "namebay", DomainPolicy.PLATFORM);
  private static final HostedDomain FILIALE = new HostedDomain("filiale.example", "filiale", DomainPolicy.PLATFORM);
  private static final HostedDomain ISOLATED = new HostedDomain("isolated.example", "isolated", DomainPolicy.DOMAIN);
  private static final HostedDomain GROUP_A = new HostedDomain("a.group.example", "group", DomainPolicy.TENANT);
  private static final HostedDomain GROUP_B = new HostedDomain("b.group.example", "group", DomainPolicy.TENANT);

  @Test
  void platformDomainsShareWithEachOther() {
    assertThat(NAMEBAY.mayShareWith(FILIALE)).isTrue();
    assertThat(FILIALE.mayShareWith(NAMEBAY)).isTrue();
  }

  @Test
  void everyDomainSharesWithinItself() {
    assertThat(NAMEBAY.mayShareWith(NAMEBAY)).isTrue();
    assertThat(ISOLATED.mayShareWith(ISOLATED)).isTrue();
    assertThat(GROUP_A.mayShareWith(GROUP_A)).isTrue();
  }

  @Test
  void aDomainPolicyNeitherReachesOutNorIsReached() {
    assertThat(NAMEBAY.mayShareWith(ISOLATED)).isFalse();
    assertThat(ISOLATED.mayShareWith(NAMEBAY)).isFalse();
  }

  @Test
  void aTenantPolicySharesWithTheSameTenantOnly() {
    assertThat(GROUP_A.mayShareWith(GROUP_B)).isTrue();
    assertThat(GROUP_A.mayShareWith(NAMEBAY)).isFalse();
    assertThat(NAMEBAY.mayShareWith(GROUP_A)).isFalse();
  }
}
