package dev.partage.acl.keycloak;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class KeycloakRealmTest {

  @Test
  void theAdminApiAndTheTokenEndpointComeFromTheIssuer() {
    KeycloakRealm realm = KeycloakRealm.ofIssuer("http://127.0.0.1:18080/realms/partage/");

    assertThat(realm.realmUrl()).hasToString("http://127.0.0.1:18080/realms/partage");
    assertThat(realm.adminUrl()).hasToString("http://127.0.0.1:18080/admin/realms/partage");
  }

  @Test
  void anIssuerUnderAPathKeepsIt() {
    assertThat(KeycloakRealm.ofIssuer("https://sso.example.com/auth/realms/mail").adminUrl())
        .hasToString("https://sso.example.com/auth/admin/realms/mail");
  }

  @Test
  void anIssuerThatIsNotARealmIsRefusedAtStart() {
    assertThatThrownBy(() -> KeycloakRealm.ofIssuer("http://127.0.0.1:18080/"))
        .hasMessageContaining("not a Keycloak realm URL");
  }
}
