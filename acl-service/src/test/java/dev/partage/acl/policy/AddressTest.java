package dev.partage.acl.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.partage.contracts.error.ServiceException;
import org.junit.jupiter.api.Test;

class AddressTest {

  @Test
  void anAddressIsLowerCasedAndSplitAtItsLastAt() {
    Address address = Address.parse(" Gilles.Buisson@NameBay.example ");

    assertThat(address.localPart()).isEqualTo("gilles.buisson");
    assertThat(address.domain()).isEqualTo("namebay.example");
    assertThat(address).hasToString("gilles.buisson@namebay.example");
  }

  @Test
  void somethingElseIsABadRequestThatSaysWhatIsExpected() {
    for (String text : new String[] {"gilles", "@namebay.example", "gilles@", "", null}) {
      assertThatThrownBy(() -> Address.parse(text))
          .isInstanceOfSatisfying(ServiceException.class, e -> {
            assertThat(e.status()).isEqualTo(400);
            assertThat(e.getMessage()).contains("full address");
          });
    }
  }
}
