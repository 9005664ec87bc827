package dev.partage.vcard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VCardObjectParseTest {

  @ParameterizedTest
  @CsvSource({
    "apple-3.0.vcf,       6C1A7D0E-24B5-4E2F-9C1D-3E6D2A1F0B77,          3.0, individual",
    "apple-group-3.0.vcf, B7E2F0A4-1C3D-4E5F-8A9B-0C1D2E3F4A5B,          3.0, group",
    "davx5-4.0.vcf,       urn:uuid:2f6c6a1e-4b7d-4f43-9a3e-1c2d3e4f5a6b, 4.0, individual",
    "davx5-group-4.0.vcf, urn:uuid:9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d, 4.0, group",
    "thunderbird-4.0.vcf, 4d1f7e52-8a0b-4c6d-9e3f-2a1b0c9d8e7f,          4.0, individual",
    "outlook-3.0.vcf,     3a4b5c6d-7e8f-4a0b-9c1d-2e3f4a5b6c7d,          3.0, individual",
  })
  void reads_the_cards_clients_send(String fixture, String uid, String version, String kind) {
    VCardObject card = Cards.parse(fixture);

    assertThat(card.uid()).isEqualTo(uid);
    assertThat(card.version()).isEqualTo(version);
    assertThat(card.kind()).isEqualTo(kind);
  }

  @Test
  void keeps_the_text_exactly_as_received() {
    String text = Cards.text("apple-3.0.vcf");

    assertThat(VCardObject.parse(text, Cards.PHOTO_LIMIT).text()).isSameAs(text);
  }

  @Test
  void accepts_a_card_with_lf_line_ends_and_a_trailing_blank_line() {
    String text = Cards.text("thunderbird-4.0.vcf").replace("\r\n", "\n") + "\n";

    assertThat(VCardObject.parse(text, Cards.PHOTO_LIMIT).uid())
        .isEqualTo("4d1f7e52-8a0b-4c6d-9e3f-2a1b0c9d8e7f");
  }

  @Test
  void accepts_a_vcard_3_group_without_n_as_apple_writes_it() {
    String text = Cards.text("apple-group-3.0.vcf").replace("N:Équipe juridique;;;;\r\n", "");

    assertThat(VCardObject.parse(text, Cards.PHOTO_LIMIT).kind()).isEqualTo("group");
  }

  @Test
  void reads_a_kind_in_any_case() {
    String text = Cards.text("davx5-group-4.0.vcf").replace("KIND:group", "KIND:Group");

    assertThat(VCardObject.parse(text, Cards.PHOTO_LIMIT).kind()).isEqualTo("group");
  }

  @Test
  void accepts_a_byte_order_mark_before_begin_and_keeps_it() {
    String text = "\uFEFF" + Cards.text("outlook-3.0.vcf");

    VCardObject card = VCardObject.parse(text, Cards.PHOTO_LIMIT);

    assertThat(card.uid()).isEqualTo("3a4b5c6d-7e8f-4a0b-9c1d-2e3f4a5b6c7d");
    assertThat(card.write(null, List.of("TEL"))).startsWith("\uFEFFBEGIN:VCARD\r\n");
  }
}
