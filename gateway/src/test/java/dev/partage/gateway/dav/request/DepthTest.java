package dev.partage.gateway.dav.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.partage.dav.xml.DavException;
import org.junit.jupiter.api.Test;

class DepthTest {

  @Test
  void readsTheThreeValuesOfRfc4918() {
    assertThat(Depth.parse("0", Depth.ONE)).isEqualTo(Depth.ZERO);
    assertThat(Depth.parse(" 1 ", Depth.ZERO)).isEqualTo(Depth.ONE);
    assertThat(Depth.parse("Infinity", Depth.ZERO)).isEqualTo(Depth.INFINITY);
  }

  @Test
  void aMissingHeaderTakesTheMethodsDefault() {
    assertThat(Depth.parse(null, Depth.ONE)).isEqualTo(Depth.ONE);
    assertThat(Depth.parse("", Depth.ZERO)).isEqualTo(Depth.ZERO);
  }

  @Test
  void anythingElseIsABadRequest() {
    assertThatThrownBy(() -> Depth.parse("2", Depth.ZERO))
        .isInstanceOfSatisfying(DavException.class, e -> assertThat(e.status()).isEqualTo(400))
        .hasMessageContaining("\"2\"");
  }
}
