package dev.partage.acl.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.partage.acl.keycloak.Account;
import dev.partage.acl.policy.Address;
import org.junit.jupiter.api.Test;

class DirectoryPrefixTest {

  private static final Account ALEXANDRE =
      new Account(Address.parse("alexandre.bernard@namebay.example"), "Alexandre Bernard");

  @Test
  void theAddressTheNameOrAnyWordOfItMayStart() {
    assertThat(Directory.startsWith(ALEXANDRE, "alexandre.b")).isTrue();
    assertThat(Directory.startsWith(ALEXANDRE, "alexandre ber")).isTrue();
    assertThat(Directory.startsWith(ALEXANDRE, "bern")).isTrue();
  }

  @Test
  void theMiddleOfAWordDoesNot() {
    assertThat(Directory.startsWith(ALEXANDRE, "ernard")).isFalse();
    assertThat(Directory.startsWith(ALEXANDRE, "namebay")).isFalse();
  }

  @Test
  void anAccountWithoutANameIsFoundByAddress() {
    Account team = new Account(Address.parse("equipe_tech@namebay.example"), null);

    assertThat(Directory.startsWith(team, "equipe")).isTrue();
    assertThat(Directory.startsWith(team, "tech")).isFalse();
  }
}
