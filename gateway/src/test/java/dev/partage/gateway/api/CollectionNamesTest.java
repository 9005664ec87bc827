package dev.partage.gateway.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;

class CollectionNamesTest {

  @Test
  void aDisplayNameBecomesALowerCaseAsciiSlug() {
    assertThat(CollectionNames.derive("Réunions d'équipe", Set.of())).isEqualTo("reunions-d-equipe");
    assertThat(CollectionNames.derive("  Projet X — 2027!  ", Set.of())).isEqualTo("projet-x-2027");
  }

  @Test
  void aTakenSlugGetsTheFirstFreeNumber() {
    assertThat(CollectionNames.derive("Work", Set.of("work", "work-2"))).isEqualTo("work-3");
  }

  @Test
  void aDisplayNameWithNoAsciiLettersStillGivesAName() {
    assertThat(CollectionNames.derive("会議", Set.of())).isEqualTo("collection");
    assertThat(CollectionNames.derive("会議", Set.of("collection"))).isEqualTo("collection-2");
  }

  @Test
  void aLongDisplayNameIsCutWithoutATrailingHyphen() {
    String slug = CollectionNames.slug("a".repeat(47) + " bcd");
    assertThat(slug).isEqualTo("a".repeat(47));
  }

  @Test
  void aChosenNameIsKeptWhenItIsAPlainSegment() {
    assertThat(CollectionNames.check("Team_2027.v2")).isEqualTo("Team_2027.v2");
  }

  @Test
  void aChosenNameThatNeedsEncodingOrStartsWithADotIsRefused() {
    for (String bad : new String[] {"a/b", "été", ".hidden", "", "with space", "x".repeat(65)}) {
      assertThatThrownBy(() -> CollectionNames.check(bad))
          .isInstanceOfSatisfying(ApiException.class, e -> {
            assertThat(e.error().status()).isEqualTo(400);
            assertThat(e.error().error()).isEqualTo("invalid-request");
            assertThat(e.error().message()).contains("cannot be a collection name");
          });
    }
  }
}
