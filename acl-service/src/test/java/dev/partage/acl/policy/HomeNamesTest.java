package dev.partage.acl.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class HomeNamesTest {

  private static final Address GILLES = Address.parse("gilles.buisson@namebay.example");

  @Test
  void aSharedNameIsTheCollectionNameThenItsOwner() {
    assertThat(HomeNames.firstFree("work", GILLES, Set.of())).isEqualTo("work-gilles-buisson");
  }

  @Test
  void takenNamesAreSkippedWithACounter() {
    assertThat(HomeNames.firstFree("work", GILLES, Set.of("work-gilles-buisson", "work-gilles-buisson-2")))
        .isEqualTo("work-gilles-buisson-3");
  }

  @Test
  void slugsAreLowerCaseAsciiWithoutAccentsOrStrayHyphens() {
    assertThat(HomeNames.slug("Équipe Tech — Réunions!", 40)).isEqualTo("equipe-tech-reunions");
    assertThat(HomeNames.slug("  --Calendrier_2027--", 40)).isEqualTo("calendrier-2027");
  }

  @Test
  void slugsAreCutWithoutLeavingAHyphenAtTheEnd() {
    assertThat(HomeNames.slug("abc def", 4)).isEqualTo("abc");
  }

  @Test
  void aNameWithNothingAsciiStillGetsOne() {
    assertThat(HomeNames.slug("日本語", 40)).isEqualTo("shared");
    assertThat(HomeNames.slug(null, 40)).isEqualTo("shared");
  }
}
