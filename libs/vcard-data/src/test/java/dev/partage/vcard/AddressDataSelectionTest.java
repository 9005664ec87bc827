package dev.partage.vcard;

import static dev.partage.vcard.InvalidAddressDataException.SUPPORTED_ADDRESS_DATA;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** address-data with prop elements (RFC 6352 section 10.4.2) and the stored text left alone. */
class AddressDataSelectionTest {

  @Test
  void returns_the_stored_text_unchanged_when_nothing_is_asked() {
    VCardObject apple = Cards.parse("apple-3.0.vcf");

    assertThat(apple.write(null, List.of())).isSameAs(apple.text());
    assertThat(apple.write("3.0", List.of())).isSameAs(apple.text());
  }

  @Test
  void keeps_the_asked_properties_and_those_a_vcard_3_cannot_lack() {
    String cut = Cards.parse("apple-3.0.vcf").write(null, List.of("email"));

    assertThat(cut)
        .isEqualTo(
            """
            BEGIN:VCARD\r
            VERSION:3.0\r
            N:Lefèvre;Amélie;Marie;Dr.;\r
            FN:Dr. Amélie Marie Lefèvre\r
            item1.EMAIL;type=INTERNET;type=HOME;type=pref:amelie@example.fr\r
            item2.EMAIL;type=INTERNET;type=WORK:a.lefevre@example.com\r
            UID:6C1A7D0E-24B5-4E2F-9C1D-3E6D2A1F0B77\r
            END:VCARD\r
            """);
  }

  @Test
  void keeps_folded_lines_byte_for_byte() {
    String cut = Cards.parse("apple-3.0.vcf").write(null, List.of("X-SOCIALPROFILE", "PHOTO"));

    assertThat(cut)
        .contains(
            "X-SOCIALPROFILE;type=linkedin;x-user=amelie:https://www.linkedin.com/in/ame\r\n"
                + " lie\r\n")
        .contains(
            "PHOTO;ENCODING=b;TYPE=JPEG:AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8gISIj\r\n");
  }

  @Test
  void does_not_keep_n_in_vcard_4() {
    String cut = Cards.parse("thunderbird-4.0.vcf").write(null, List.of("TEL"));

    assertThat(cut)
        .isEqualTo(
            """
            BEGIN:VCARD\r
            VERSION:4.0\r
            FN:Jane Doe\r
            TEL;TYPE=work;VALUE=TEXT:+1 555 0100\r
            TEL;TYPE=cell;VALUE=TEXT:+1 555 0199\r
            UID:4d1f7e52-8a0b-4c6d-9e3f-2a1b0c9d8e7f\r
            END:VCARD\r
            """);
  }

  @Test
  void returns_the_stored_text_when_the_selection_cuts_nothing() {
    VCardObject group = Cards.parse("davx5-group-4.0.vcf");

    assertThat(group.write("4.0", List.of("PRODID", "KIND", "MEMBER", "REV")))
        .isEqualTo(group.text());
  }

  @Test
  void converts_then_cuts() {
    String cut =
        Cards.parse("davx5-group-4.0.vcf").write("3.0", List.of("X-ADDRESSBOOKSERVER-MEMBER"));

    assertThat(cut)
        .isEqualTo(
            """
            BEGIN:VCARD\r
            VERSION:3.0\r
            UID:urn:uuid:9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d\r
            FN:Familie\r
            X-ADDRESSBOOKSERVER-MEMBER:urn:uuid:2f6c6a1e-4b7d-4f43-9a3e-1c2d3e4f5a6b\r
            X-ADDRESSBOOKSERVER-MEMBER:urn:uuid:3a4b5c6d-7e8f-4a0b-9c1d-2e3f4a5b6c7d\r
            END:VCARD\r
            """);
  }

  @Test
  void refuses_a_version_it_cannot_write() {
    VCardObject card = Cards.parse("thunderbird-4.0.vcf");

    assertThatThrownBy(() -> card.write("2.1", List.of()))
        .isInstanceOf(InvalidAddressDataException.class)
        .hasFieldOrPropertyWithValue("condition", SUPPORTED_ADDRESS_DATA)
        .hasMessageContaining("ask for 3.0 or 4.0");
  }
}
