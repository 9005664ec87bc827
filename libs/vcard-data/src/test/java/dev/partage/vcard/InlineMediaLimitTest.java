package dev.partage.vcard;

import static dev.partage.vcard.InvalidAddressDataException.VALID_ADDRESS_DATA;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The Outlook synchroniser's card carries a 3,000-byte PHOTO;ENCODING=b. */
class InlineMediaLimitTest {

  private static final String OUTLOOK = Cards.text("outlook-3.0.vcf");

  @Test
  void accepts_a_photo_up_to_the_limit() {
    assertThat(VCardObject.parse(OUTLOOK, 3000).uid())
        .isEqualTo("3a4b5c6d-7e8f-4a0b-9c1d-2e3f4a5b6c7d");
  }

  @Test
  void refuses_a_larger_photo_giving_the_limit_in_kib_and_suggesting_a_uri() {
    assertThatThrownBy(() -> VCardObject.parse(OUTLOOK, 2048))
        .isInstanceOf(InvalidAddressDataException.class)
        .hasFieldOrPropertyWithValue("condition", VALID_ADDRESS_DATA)
        .hasMessageContaining("PHOTO is 3 KiB, more than the 2 KiB")
        .hasMessageContaining("PHOTO;VALUE=uri:");
  }

  @Test
  void measures_a_vcard_4_data_uri_after_decoding() {
    String v4 = VCardObject.parse(OUTLOOK, Cards.PHOTO_LIMIT).write("4.0", List.of());

    assertThat(v4).contains("PHOTO;TYPE=JPEG:data:image/jpeg;base64,");
    assertThat(VCardObject.parse(v4, 3000).version()).isEqualTo("4.0");
    assertThatThrownBy(() -> VCardObject.parse(v4, 2999))
        .isInstanceOf(InvalidAddressDataException.class)
        .hasMessageContaining("link it by URI (PHOTO:https://");
  }

  @Test
  void leaves_a_photo_by_uri_alone() {
    String byUri =
        Cards.text("thunderbird-4.0.vcf")
            .replace("NOTE:", "PHOTO:https://example.com/jane.jpg\r\nNOTE:");

    assertThat(VCardObject.parse(byUri, 0).version()).isEqualTo("4.0");
  }
}
