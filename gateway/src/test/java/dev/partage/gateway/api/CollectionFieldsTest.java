package dev.partage.gateway.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.partage.contracts.collection.CollectionPatch;
import org.junit.jupiter.api.Test;

class CollectionFieldsTest {

  @Test
  void coloursAreRgbOrRgbaInUpperCase() {
    assertThat(CollectionFields.color("#1e88e5")).isEqualTo("#1E88E5");
    assertThat(CollectionFields.color("#FF9500FF")).isEqualTo("#FF9500FF");
    assertThat(CollectionFields.color(null)).isNull();
  }

  @Test
  void anythingElseIsRefusedWithTheFormToUse() {
    for (String bad : new String[] {"red", "#FFF", "#12345", "#1234567", "1E88E5", "#GG0000", ""}) {
      assertThatThrownBy(() -> CollectionFields.color(bad))
          .isInstanceOfSatisfying(ApiException.class, e -> {
            assertThat(e.error().error()).isEqualTo("invalid-request");
            assertThat(e.error().message()).contains("#RRGGBB or #RRGGBBAA");
          });
    }
  }

  @Test
  void aNewCollectionNeedsADisplayName() {
    assertThatThrownBy(() -> CollectionFields.requiredDisplayName("  "))
        .isInstanceOfSatisfying(ApiException.class,
            e -> assertThat(e.error().message()).contains("displayName"));
    assertThat(CollectionFields.requiredDisplayName(" Work ")).isEqualTo("Work");
  }

  @Test
  void aNewCollectionIsCheckedWholeAndNeedsAKind() {
    NewCollectionBody checked = CollectionFields.checked(
        new NewCollectionBody(ApiKind.TASKS, null, " Courses ", "#ff9500ff", "À acheter"));
    assertThat(checked).isEqualTo(new NewCollectionBody(ApiKind.TASKS, null, "Courses", "#FF9500FF", "À acheter"));

    assertThatThrownBy(() -> CollectionFields.checked(new NewCollectionBody(null, null, "Courses", null, null)))
        .isInstanceOfSatisfying(ApiException.class,
            e -> assertThat(e.error().message()).contains("calendar, tasks or addressbook"));
    assertThatThrownBy(() -> CollectionFields.checked(new NewCollectionBody(ApiKind.CALENDAR, "a/b", "X", null, null)))
        .isInstanceOfSatisfying(ApiException.class,
            e -> assertThat(e.error().message()).contains("cannot be a collection name"));
  }

  @Test
  void aPatchKeepsAbsentFieldsAndClearsEmptyOnes() {
    CollectionPatch patch = CollectionFields.patch(new CollectionChanges("Travail", "", null));

    assertThat(patch.displayName()).isEqualTo("Travail");
    assertThat(patch.color()).isNull();
    assertThat(patch.description()).isNull();
    assertThat(patch.cleared()).containsExactly(CollectionPatch.Field.COLOR);
  }

  @Test
  void aPatchCannotBlankTheDisplayName() {
    assertThatThrownBy(() -> CollectionFields.patch(new CollectionChanges(" ", null, null)))
        .isInstanceOfSatisfying(ApiException.class,
            e -> assertThat(e.error().message()).contains("cannot be blank"));
  }
}
