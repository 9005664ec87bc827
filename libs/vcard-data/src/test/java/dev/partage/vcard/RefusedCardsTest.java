package dev.partage.vcard;

import static dev.partage.vcard.InvalidAddressDataException.SUPPORTED_ADDRESS_DATA;
import static dev.partage.vcard.InvalidAddressDataException.VALID_ADDRESS_DATA;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;

/** RFC 6352 sections 5.1 and 6.3.2.1: what a PUT of an address object resource must refuse. */
class RefusedCardsTest {

  private static AbstractThrowableAssert<?, ? extends Throwable> refusing(String text) {
    return assertThatThrownBy(() -> VCardObject.parse(text, Cards.PHOTO_LIMIT))
        .isInstanceOf(InvalidAddressDataException.class);
  }

  private static AbstractThrowableAssert<?, ? extends Throwable> refusingFixture(String name) {
    return refusing(Cards.text("invalid/" + name));
  }

  @Test
  void several_cards_in_one_resource() {
    refusingFixture("two-cards.vcf")
        .hasFieldOrPropertyWithValue("condition", VALID_ADDRESS_DATA)
        .hasMessageContaining("2 vCards")
        .hasMessageContaining("each contact to its own URL");
  }

  @Test
  void vcard_2_1_as_an_unsupported_version() {
    refusingFixture("version-2.1.vcf")
        .hasFieldOrPropertyWithValue("condition", SUPPORTED_ADDRESS_DATA)
        .hasMessageContaining("3.0 and 4.0");
  }

  @Test
  void an_unknown_version() {
    refusingFixture("version-5.0.vcf")
        .hasFieldOrPropertyWithValue("condition", VALID_ADDRESS_DATA)
        .hasMessageContaining("VERSION:5.0");
  }

  @Test
  void a_card_without_version() {
    refusingFixture("no-version.vcf")
        .hasFieldOrPropertyWithValue("condition", VALID_ADDRESS_DATA)
        .hasMessageContaining("add VERSION:3.0 or VERSION:4.0");
  }

  @Test
  void a_vcard_3_without_uid_with_a_sentence_asking_for_one() {
    refusingFixture("no-uid-3.0.vcf")
        .hasFieldOrPropertyWithValue("condition", VALID_ADDRESS_DATA)
        .hasMessageContaining("no UID")
        .hasMessageContaining("add a UID");
  }

  @Test
  void a_vcard_4_without_fn() {
    refusingFixture("no-fn-4.0.vcf")
        .hasFieldOrPropertyWithValue("condition", VALID_ADDRESS_DATA)
        .hasMessageContaining("no FN");
  }

  @Test
  void a_card_cut_before_end_vcard() {
    refusingFixture("no-end.vcf")
        .hasFieldOrPropertyWithValue("condition", VALID_ADDRESS_DATA)
        .hasMessageContaining("END:VCARD");
  }

  @Test
  void a_line_without_colon() {
    refusingFixture("no-colon.vcf")
        .hasFieldOrPropertyWithValue("condition", VALID_ADDRESS_DATA)
        .hasMessageContaining("\"this line has no colon\"");
  }

  @Test
  void icalendar_sent_to_an_address_book() {
    refusingFixture("icalendar.ics")
        .hasFieldOrPropertyWithValue("condition", VALID_ADDRESS_DATA)
        .hasMessageContaining("BEGIN:VCARD");
  }

  @Test
  void an_empty_body() {
    refusing("").hasFieldOrPropertyWithValue("condition", VALID_ADDRESS_DATA);
    refusing(null).hasFieldOrPropertyWithValue("condition", VALID_ADDRESS_DATA);
  }
}
