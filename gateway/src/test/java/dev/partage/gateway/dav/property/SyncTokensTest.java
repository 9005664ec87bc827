package dev.partage.gateway.dav.property;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.partage.dav.xml.DavException;
import dev.partage.dav.xml.DavNames;
import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SyncTokensTest {

  @Test
  void aTokenIsAUriNamingTheRevision() {
    String token = SyncTokens.format(42);
    assertThat(token).isEqualTo("http://partage.dev/ns/sync/42");
    assertThat(URI.create(token).isAbsolute()).isTrue();
    assertThat(SyncTokens.parse(token)).isEqualTo(42);
  }

  @Test
  void anEmptyTokenAsksForAnInitialSync() {
    assertThat(SyncTokens.parse("")).isZero();
    assertThat(SyncTokens.parse("  ")).isZero();
    assertThat(SyncTokens.parse(null)).isZero();
  }

  @Test
  void surroundingWhitespaceFromPrettyPrintedBodiesIsIgnored() {
    assertThat(SyncTokens.parse("\n  http://partage.dev/ns/sync/7\n")).isEqualTo(7);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "http://partage.dev/ns/sync/",
        "http://partage.dev/ns/sync/-1",
        "http://partage.dev/ns/sync/12a",
        "http://partage.dev/ns/sync/99999999999999999999",
        "http://sabre.io/ns/sync/3",
        "data:,3",
        "3"
      })
  void aTokenThatIsNotOursIsRefusedWithValidSyncToken(String token) {
    assertThatThrownBy(() -> SyncTokens.parse(token))
        .isInstanceOfSatisfying(
            DavException.class,
            e -> {
              assertThat(e.status()).isEqualTo(403);
              assertThat(e.condition()).isEqualTo(DavNames.VALID_SYNC_TOKEN);
              assertThat(e.getMessage()).contains("empty token");
            });
  }
}
