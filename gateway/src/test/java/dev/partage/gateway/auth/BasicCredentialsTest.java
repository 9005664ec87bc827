package dev.partage.gateway.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class BasicCredentialsTest {

  private static String basic(String userAndPassword) {
    return "Basic " + Base64.getEncoder().encodeToString(userAndPassword.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void theUserIsLowerCasedAndThePasswordKeptWhole() {
    assertThat(BasicCredentials.parse(basic("Ann@Example.org:pa:ss wörd")))
        .isEqualTo(new BasicCredentials("ann@example.org", "pa:ss wörd"));
  }

  @Test
  void anythingElseIsNoBasicCredentials() {
    assertThat(BasicCredentials.parse(null)).isNull();
    assertThat(BasicCredentials.parse("Bearer abc")).isNull();
    assertThat(BasicCredentials.parse("Basic !!!")).isNull();
    assertThat(BasicCredentials.parse(basic("no-colon"))).isNull();
  }

  @Test
  void thePasswordNeverAppearsInItsText() {
    assertThat(new BasicCredentials("ann@example.org", "s3cret").toString()).doesNotContain("s3cret");
  }

  @Test
  void theCacheKeyHoldsNoPasswordAndChangesWithIt() {
    CredentialDigest digest = new CredentialDigest();
    String key = digest.of("ann@example.org", "s3cret");
    assertThat(key).doesNotContain("s3cret").isEqualTo(digest.of("ann@example.org", "s3cret"));
    assertThat(digest.of("ann@example.org", "s3cret2")).isNotEqualTo(key);
    assertThat(new CredentialDigest().of("ann@example.org", "s3cret")).as("a key per process").isNotEqualTo(key);
  }
}
