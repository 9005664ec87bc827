package dev.partage.gateway.dav.method;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EntityTagsTest {

  @Test
  void ifNoneMatchComparesWeakly() {
    assertThat(EntityTags.weakMatch("\"a\"", "\"a\"")).isTrue();
    assertThat(EntityTags.weakMatch("W/\"a\"", "\"a\"")).isTrue();
    assertThat(EntityTags.weakMatch("\"x\", \"a\"", "\"a\"")).isTrue();
    assertThat(EntityTags.weakMatch("*", "\"a\"")).isTrue();
    assertThat(EntityTags.weakMatch("\"b\"", "\"a\"")).isFalse();
    assertThat(EntityTags.weakMatch(null, "\"a\"")).isFalse();
  }

  @Test
  void ifMatchComparesStrongly() {
    assertThat(EntityTags.strongMatch("\"a\"", "\"a\"")).isTrue();
    assertThat(EntityTags.strongMatch("*", "\"a\"")).isTrue();
    assertThat(EntityTags.strongMatch("W/\"a\"", "\"a\"")).isFalse();
    assertThat(EntityTags.strongMatch("\"b\"", "\"a\"")).isFalse();
  }
}
