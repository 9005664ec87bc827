package dev.partage.vcard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** address-data's version attribute (RFC 6352 section 10.4). */
class VersionConversionTest {

  private static VCardObject convert(VCardObject card, String version) {
    return VCardObject.parse(card.write(version, List.of()), Cards.PHOTO_LIMIT);
  }

  @ParameterizedTest
  @ValueSource(strings = {"apple-3.0.vcf", "apple-group-3.0.vcf", "outlook-3.0.vcf"})
  void a_round_trip_through_vcard_4_loses_nothing_of_a_vcard_3(String fixture) {
    VCardObject original = Cards.parse(fixture);

    VCardObject v4 = convert(original, "4.0");
    VCardObject back = convert(v4, "3.0");

    assertThat(v4.version()).isEqualTo("4.0");
    assertThat(back.version()).isEqualTo("3.0");
    assertThat(back.uid()).isEqualTo(original.uid());
    assertThat(back.kind()).isEqualTo(original.kind());
    assertThat(comparable(back)).containsExactlyInAnyOrderElementsOf(comparable(original));
  }

  @Test
  void a_vcard_4_group_becomes_apples_group_and_back() {
    VCardObject davx5 = Cards.parse("davx5-group-4.0.vcf");

    String v3 = davx5.write("3.0", List.of());

    assertThat(v3)
        .contains("X-ADDRESSBOOKSERVER-KIND:group\r\n")
        .contains("X-ADDRESSBOOKSERVER-MEMBER:urn:uuid:2f6c6a1e-4b7d-4f43-9a3e-1c2d3e4f5a6b\r\n")
        .contains("X-ADDRESSBOOKSERVER-MEMBER:urn:uuid:3a4b5c6d-7e8f-4a0b-9c1d-2e3f4a5b6c7d\r\n")
        .doesNotContain("\nKIND:")
        .doesNotContain("\nMEMBER:");
    assertThat(VCardObject.parse(v3, 0).write("4.0", List.of()))
        .contains("\r\nKIND:group\r\n")
        .contains("\r\nMEMBER:urn:uuid:2f6c6a1e-4b7d-4f43-9a3e-1c2d3e4f5a6b\r\n")
        .doesNotContain("X-ADDRESSBOOKSERVER");
  }

  @Test
  void an_apple_group_becomes_a_vcard_4_group() {
    String v4 = Cards.parse("apple-group-3.0.vcf").write("4.0", List.of());

    assertThat(v4)
        .contains("\r\nKIND:group\r\n")
        .contains("\r\nMEMBER:urn:uuid:6C1A7D0E-24B5-4E2F-9C1D-3E6D2A1F0B77\r\n")
        .doesNotContain("X-ADDRESSBOOKSERVER");
  }

  @Test
  void an_inline_photo_becomes_a_data_uri_with_the_same_bytes() {
    VCardObject outlook = Cards.parse("outlook-3.0.vcf");
    String v4 = outlook.write("4.0", List.of());

    assertThat(v4).contains("PHOTO;TYPE=JPEG:data:image/jpeg;base64,").doesNotContain("ENCODING");
    assertThat(photoBytes(convert(outlook, "4.0"))).isEqualTo(photoBytes(outlook));
  }

  @Test
  void keeps_groups_x_properties_and_parameter_lists() {
    String v3 = Cards.parse("davx5-4.0.vcf").write("3.0", List.of());

    assertThat(v3)
        .contains("\r\nitem1.URL:https://example.de/jonas\r\n")
        .contains("\r\nitem1.X-ABLABEL:blog\r\n")
        .contains("\r\nTEL;TYPE=work,voice:+49-30-1234567\r\n")
        .contains("\r\nEMAIL;TYPE=work,pref:j.mueller@example.org\r\n");
  }

  @Test
  void escapes_quotes_and_line_breaks_in_parameter_values_as_rfc_6868_says() {
    String quoted =
        Cards.text("thunderbird-4.0.vcf")
            .replace("NOTE:", "X-SPOUSE;X-SAID=\"she said ^'hi^'^nthen left\":Ann\r\nNOTE:");

    String v3 = VCardObject.parse(quoted, 0).write("3.0", List.of());

    assertThat(v3).contains("X-SPOUSE;X-SAID=she said ^'hi^'^nthen left:Ann\r\n");
    assertThat(VCardObject.parse(v3, 0).write("4.0", List.of()))
        .contains("X-SPOUSE;X-SAID=she said ^'hi^'^nthen left:Ann\r\n");
  }

  @Test
  void leaves_out_what_vcard_3_cannot_hold() {
    assertThat(Cards.parse("davx5-4.0.vcf").write("3.0", List.of())).doesNotContain("ANNIVERSARY");
  }

  /** The card's properties as filters see them, less what a conversion rewrites by design. */
  private static List<CardProperty> comparable(VCardObject card) {
    return card.properties().stream()
        .filter(p -> !p.name().equals("PHOTO"))
        .map(p -> new CardProperty(p.group(), p.name(), lowerCased(p), p.text()))
        .toList();
  }

  /** Parameter values may change case (TYPE=pref, TYPE=jpeg), which vCard ignores. */
  private static Map<String, List<String>> lowerCased(CardProperty property) {
    Map<String, List<String>> lower = new TreeMap<>();
    property
        .parameters()
        .forEach(
            (name, values) ->
                lower.put(
                    name, values.stream().map(v -> v.toLowerCase(Locale.ROOT)).sorted().toList()));
    return lower;
  }

  private static byte[] photoBytes(VCardObject card) {
    String text =
        card.properties().stream()
            .filter(p -> p.name().equals("PHOTO"))
            .findFirst()
            .orElseThrow()
            .text();
    return Base64.getDecoder().decode(text.substring(text.indexOf(',') + 1));
  }
}
