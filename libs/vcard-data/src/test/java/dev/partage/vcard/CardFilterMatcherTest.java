package dev.partage.vcard;

import static org.assertj.core.api.Assertions.assertThat;

import dev.partage.dav.caldav.filter.ParamFilter;
import dev.partage.dav.caldav.filter.TextMatch;
import dev.partage.dav.caldav.filter.TextMatch.Collation;
import dev.partage.dav.caldav.filter.TextMatch.MatchType;
import dev.partage.dav.carddav.filter.CardFilter;
import dev.partage.dav.carddav.filter.CardPropFilter;
import dev.partage.dav.carddav.filter.FilterTest;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** addressbook-query filters (RFC 6352 section 10.5) on the fixtures of real clients. */
class CardFilterMatcherTest {

  private static final VCardObject APPLE = Cards.parse("apple-3.0.vcf");
  private static final VCardObject APPLE_GROUP = Cards.parse("apple-group-3.0.vcf");
  private static final VCardObject DAVX5 = Cards.parse("davx5-4.0.vcf");
  private static final VCardObject DAVX5_GROUP = Cards.parse("davx5-group-4.0.vcf");
  private static final VCardObject THUNDERBIRD = Cards.parse("thunderbird-4.0.vcf");
  private static final VCardObject OUTLOOK = Cards.parse("outlook-3.0.vcf");

  private static boolean matches(VCardObject card, CardPropFilter... propFilters) {
    return CardFilterMatcher.matches(card, new CardFilter(FilterTest.ANY_OF, List.of(propFilters)));
  }

  private static TextMatch text(String value, MatchType type) {
    return new TextMatch(value, null, false, type);
  }

  private static TextMatch notText(String value, MatchType type) {
    return new TextMatch(value, null, true, type);
  }

  private static CardPropFilter prop(String name, TextMatch... textMatches) {
    return new CardPropFilter(name, FilterTest.ANY_OF, false, List.of(textMatches), List.of());
  }

  private static CardPropFilter prop(String name, ParamFilter... paramFilters) {
    return new CardPropFilter(name, FilterTest.ANY_OF, false, List.of(), List.of(paramFilters));
  }

  private static CardPropFilter notDefined(String name) {
    return new CardPropFilter(name, FilterTest.ANY_OF, true, List.of(), List.of());
  }

  private static ParamFilter param(String name, TextMatch textMatch) {
    return new ParamFilter(name, false, textMatch);
  }

  @Nested
  class Filter {

    @Test
    void without_prop_filters_matches_every_card() {
      assertThat(CardFilterMatcher.matches(DAVX5_GROUP, CardFilter.matchAll())).isTrue();
    }

    @Test
    void anyof_needs_one_prop_filter_and_allof_all() {
      List<CardPropFilter> fnOrOrg =
          List.of(
              prop("FN", text("Jane", MatchType.CONTAINS)),
              prop("ORG", text("Contoso", MatchType.CONTAINS)));

      assertThat(CardFilterMatcher.matches(THUNDERBIRD, new CardFilter(FilterTest.ANY_OF, fnOrOrg)))
          .isTrue();
      assertThat(CardFilterMatcher.matches(THUNDERBIRD, new CardFilter(FilterTest.ALL_OF, fnOrOrg)))
          .isFalse();
      assertThat(CardFilterMatcher.matches(OUTLOOK, new CardFilter(FilterTest.ANY_OF, fnOrOrg)))
          .isTrue();
    }
  }

  @Nested
  class PropFilter {

    @Test
    void without_tests_asks_that_the_property_exists() {
      assertThat(matches(THUNDERBIRD, prop("EMAIL", new TextMatch[0]))).isTrue();
      assertThat(matches(DAVX5_GROUP, prop("EMAIL", new TextMatch[0]))).isFalse();
    }

    @Test
    void is_not_defined_asks_that_it_does_not() {
      assertThat(matches(DAVX5_GROUP, notDefined("EMAIL"))).isTrue();
      assertThat(matches(THUNDERBIRD, notDefined("EMAIL"))).isFalse();
    }

    @Test
    void names_match_in_any_case_and_in_any_group() {
      assertThat(matches(APPLE, prop("email", text("lefevre", MatchType.CONTAINS)))).isTrue();
    }

    @Test
    void a_grouped_name_matches_only_that_group() {
      assertThat(matches(APPLE, prop("item2.EMAIL", text("lefevre", MatchType.CONTAINS)))).isTrue();
      assertThat(matches(APPLE, prop("ITEM1.email", text("lefevre", MatchType.CONTAINS))))
          .isFalse();
    }

    @Test
    void one_occurrence_of_a_repeated_property_is_enough() {
      // DAViCal answered nothing for cards with several EMAIL properties.
      assertThat(
              matches(THUNDERBIRD, prop("EMAIL", text("jdoe@personal.example", MatchType.EQUALS))))
          .isTrue();
    }

    @Test
    void anyof_needs_one_test_and_allof_all() {
      List<TextMatch> personalOrNope =
          List.of(text("personal", MatchType.CONTAINS), text("nope", MatchType.CONTAINS));

      assertThat(
              matches(
                  THUNDERBIRD,
                  new CardPropFilter("EMAIL", FilterTest.ANY_OF, false, personalOrNope, List.of())))
          .isTrue();
      assertThat(
              matches(
                  THUNDERBIRD,
                  new CardPropFilter("EMAIL", FilterTest.ALL_OF, false, personalOrNope, List.of())))
          .isFalse();
    }

    @Test
    void allof_mixes_text_and_parameter_tests() {
      CardPropFilter workTelIn555 =
          new CardPropFilter(
              "TEL",
              FilterTest.ALL_OF,
              false,
              List.of(text("0100", MatchType.ENDS_WITH)),
              List.of(param("TYPE", text("work", MatchType.EQUALS))));

      assertThat(matches(THUNDERBIRD, workTelIn555)).isTrue();
      assertThat(matches(OUTLOOK, workTelIn555)).isFalse();
    }

    @Test
    void reads_x_properties() {
      assertThat(
              matches(
                  APPLE_GROUP, prop("X-ADDRESSBOOKSERVER-KIND", text("group", MatchType.EQUALS))))
          .isTrue();
    }
  }

  @Nested
  class TextMatches {

    @Test
    void match_types_anchor_the_search() {
      assertThat(matches(THUNDERBIRD, prop("FN", text("jane doe", MatchType.EQUALS)))).isTrue();
      assertThat(matches(THUNDERBIRD, prop("FN", text("jane", MatchType.EQUALS)))).isFalse();
      assertThat(matches(THUNDERBIRD, prop("FN", text("ane d", MatchType.CONTAINS)))).isTrue();
      assertThat(matches(THUNDERBIRD, prop("FN", text("JANE", MatchType.STARTS_WITH)))).isTrue();
      assertThat(matches(THUNDERBIRD, prop("FN", text("doe", MatchType.STARTS_WITH)))).isFalse();
      assertThat(matches(THUNDERBIRD, prop("FN", text("doe", MatchType.ENDS_WITH)))).isTrue();
    }

    @Test
    void collations_decide_what_folds() {
      TextMatch unicode =
          new TextMatch("MÜLLER", Collation.UNICODE_CASEMAP, false, MatchType.CONTAINS);
      TextMatch ascii = new TextMatch("MÜLLER", Collation.ASCII_CASEMAP, false, MatchType.CONTAINS);
      TextMatch octet = new TextMatch("jonas", Collation.OCTET, false, MatchType.CONTAINS);

      assertThat(matches(DAVX5, prop("FN", unicode))).isTrue();
      assertThat(matches(DAVX5, prop("FN", ascii))).isFalse();
      assertThat(matches(DAVX5, prop("FN", octet))).isFalse();
    }

    @Test
    void read_n_and_org_as_their_components_joined_by_spaces() {
      assertThat(matches(THUNDERBIRD, prop("N", text("doe jane", MatchType.EQUALS)))).isTrue();
      assertThat(matches(APPLE, prop("ORG", text("Paris Direction", MatchType.CONTAINS)))).isTrue();
    }

    @Test
    void read_a_tel_uri_as_its_number() {
      assertThat(matches(DAVX5, prop("TEL", text("+49-30", MatchType.STARTS_WITH)))).isTrue();
    }

    @Test
    void negated_asks_for_one_occurrence_that_does_not_match() {
      // sabre/dav and Radicale negate "some occurrence matches" instead.
      TextMatch notExampleCom = notText("example.com", MatchType.CONTAINS);

      assertThat(matches(THUNDERBIRD, prop("EMAIL", notExampleCom))).isTrue();
      assertThat(matches(APPLE, prop("EMAIL", notText("example", MatchType.CONTAINS)))).isFalse();
    }

    @Test
    void negated_does_not_match_a_card_without_the_property() {
      // DAViCal and Google return such cards.
      assertThat(matches(DAVX5_GROUP, prop("EMAIL", notText("example", MatchType.CONTAINS))))
          .isFalse();
    }
  }

  @Nested
  class ParamFilters {

    @Test
    void text_match_a_parameter_value() {
      assertThat(matches(THUNDERBIRD, prop("TEL", param("TYPE", text("cell", MatchType.EQUALS)))))
          .isTrue();
      assertThat(matches(THUNDERBIRD, prop("TEL", param("TYPE", text("home", MatchType.EQUALS)))))
          .isFalse();
    }

    @Test
    void match_one_value_of_a_comma_separated_list() {
      assertThat(matches(OUTLOOK, prop("TEL", param("TYPE", text("voice", MatchType.EQUALS)))))
          .isTrue();
    }

    @Test
    void match_one_value_of_a_quoted_list() {
      assertThat(matches(DAVX5, prop("TEL", param("TYPE", text("voice", MatchType.EQUALS)))))
          .isTrue();
    }

    @Test
    void match_one_value_of_a_repeated_parameter() {
      assertThat(matches(APPLE, prop("TEL", param("type", text("VOICE", MatchType.EQUALS)))))
          .isTrue();
    }

    @Test
    void without_text_match_ask_that_the_parameter_exists() {
      assertThat(matches(THUNDERBIRD, prop("EMAIL", param("PREF", null)))).isTrue();
      assertThat(matches(THUNDERBIRD, prop("EMAIL", param("TYPE", null)))).isFalse();
    }

    @Test
    void do_not_match_a_property_without_the_parameter_even_negated() {
      // sabre/dav answered 500 here; Google matched the negated form.
      assertThat(matches(THUNDERBIRD, prop("EMAIL", param("TYPE", text("home", MatchType.EQUALS)))))
          .isFalse();
      assertThat(
              matches(THUNDERBIRD, prop("EMAIL", param("TYPE", notText("home", MatchType.EQUALS)))))
          .isFalse();
    }

    @Test
    void is_not_defined_asks_that_no_occurrence_has_the_parameter() {
      // DAViCal matched when one occurrence lacked it.
      assertThat(matches(THUNDERBIRD, prop("EMAIL", new ParamFilter("TYPE", true, null)))).isTrue();
      assertThat(matches(THUNDERBIRD, prop("EMAIL", new ParamFilter("PREF", true, null))))
          .isFalse();
    }

    @Test
    void is_not_defined_still_needs_the_property() {
      // Google matched cards without the property.
      assertThat(matches(DAVX5_GROUP, prop("EMAIL", new ParamFilter("TYPE", true, null))))
          .isFalse();
    }

    @Test
    void negated_asks_for_an_occurrence_whose_values_all_differ() {
      TextMatch notWork = notText("work", MatchType.EQUALS);

      assertThat(matches(DAVX5, prop("EMAIL", param("TYPE", notWork)))).isTrue();
      assertThat(matches(OUTLOOK, prop("EMAIL", param("TYPE", notWork)))).isFalse();
    }
  }
}
