package dev.partage.gateway.dav.request;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AcceptedVcardVersionTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      nullValues = "stored",
      value = {
        "text/vcard; version=4.0 | 4.0",
        "text/vcard;version=3.0 | 3.0",
        "Text/VCard; version=4.0; charset=utf-8 | 4.0",
        "text/x-vcard | 3.0",
        "text/vcard | stored",
        "*/* | stored",
        "text/vcard; version=2.1 | stored",
        "text/vcard; version=3.0; q=0.5, text/vcard; version=4.0 | 4.0",
        "text/vcard; version=4.0; q=0.2, text/vcard; version=3.0; q=0.9 | 3.0",
        "text/vcard; version=4.0; q=0, text/html | stored",
        "text/vcard; version=4.0, text/vcard; version=3.0 | 4.0",
        "%%, text/vcard; version=3.0 | 3.0"
      })
  void choosesTheVersionWithTheHighestQuality(String accept, String expected) {
    assertThat(AcceptedVcardVersion.of(accept)).isEqualTo(expected);
  }

  @Test
  void noAcceptHeaderKeepsTheStoredVersion() {
    assertThat(AcceptedVcardVersion.of(null)).isNull();
  }
}
