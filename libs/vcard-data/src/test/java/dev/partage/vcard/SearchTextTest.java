package dev.partage.vcard;

import static org.assertj.core.api.Assertions.assertThat;

import dev.partage.dav.filter.TextMatcher;
import java.util.List;
import org.junit.jupiter.api.Test;

class SearchTextTest {

  @Test
  void folds_every_occurrence_of_the_searched_properties() {
    assertThat(Cards.parse("apple-3.0.vcf").searchText())
        .containsOnlyKeys("FN", "N", "NICKNAME", "EMAIL", "TEL", "ORG")
        .containsEntry("FN", List.of(TextMatcher.fold("Dr. Amélie Marie Lefèvre")))
        .containsEntry(
            "EMAIL",
            List.of(
                TextMatcher.fold("amelie@example.fr"), TextMatcher.fold("a.lefevre@example.com")))
        .containsEntry(
            "TEL",
            List.of(TextMatcher.fold("+33 6 12 34 56 78"), TextMatcher.fold("+33 1 40 00 00 00")))
        .containsEntry("NICKNAME", List.of(TextMatcher.fold("Mél")));
  }

  @Test
  void joins_the_components_of_n_and_org_with_spaces_unescaped() {
    VCardObject apple = Cards.parse("apple-3.0.vcf");

    assertThat(apple.searchText().get("N"))
        .containsExactly(TextMatcher.fold("Lefèvre Amélie Marie Dr."));
    assertThat(apple.searchText().get("ORG"))
        .containsExactly(TextMatcher.fold("Société Générale, Paris Direction juridique"));
  }

  @Test
  void gives_a_vcard_4_tel_uri_as_its_number() {
    assertThat(Cards.parse("davx5-4.0.vcf").searchText().get("TEL"))
        .containsExactly("+49 170 1234567", "+49-30-1234567");
  }

  @Test
  void leaves_out_what_the_card_lacks() {
    assertThat(Cards.parse("davx5-group-4.0.vcf").searchText())
        .containsOnlyKeys("FN")
        .containsEntry("FN", List.of("familie"));
  }

  @Test
  void is_what_a_folded_contains_search_finds() {
    String needle = TextMatcher.fold("MÜLLER");

    assertThat(Cards.parse("davx5-4.0.vcf").searchText().get("FN").getFirst()).contains(needle);
  }
}
