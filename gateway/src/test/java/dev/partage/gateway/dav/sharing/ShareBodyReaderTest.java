package dev.partage.gateway.dav.sharing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.partage.contracts.acl.Role;
import dev.partage.dav.xml.DavException;
import dev.partage.gateway.dav.request.BodyLimits;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ShareBodyReaderTest {

  private static ShareChanges read(String xml) {
    return ShareBodyReader.read(BodyLimits.xml(xml.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void calendarServerShareSetsRolesAndRemovesSharees() {
    ShareChanges changes =
        read(
            """
            <CS:share xmlns:D="DAV:" xmlns:CS="http://calendarserver.org/ns/">
              <CS:set><D:href>mailto:Alexandre.Bernard@namebay.example</D:href>
                <CS:common-name>Alexandre</CS:common-name><CS:read-write/></CS:set>
              <CS:set><D:href>/dav/principals/david.lanteri@namebay.example/</D:href><CS:read/></CS:set>
              <CS:remove><D:href>mailto:claire.petit@filiale.example</D:href></CS:remove>
            </CS:share>""");
    assertThat(changes.set())
        .isEqualTo(
            Map.of(
                "alexandre.bernard@namebay.example", Role.READ_WRITE,
                "david.lanteri@namebay.example", Role.READ));
    assertThat(changes.removed()).containsExactly("claire.petit@filiale.example");
  }

  @Test
  void shareResourceMapsShareAccessAndNoAccessRemoves() {
    ShareChanges changes =
        read(
            """
            <D:share-resource xmlns:D="DAV:">
              <D:sharee><D:href>mailto:alexandre.bernard@namebay.example</D:href>
                <D:share-access><D:read-write/></D:share-access></D:sharee>
              <D:sharee><D:href>mailto:david.lanteri@namebay.example</D:href>
                <D:share-access><D:read/></D:share-access></D:sharee>
              <D:sharee><D:href>mailto:eve@isolated.example</D:href>
                <D:share-access><D:no-access/></D:share-access></D:sharee>
            </D:share-resource>""");
    assertThat(changes.set())
        .isEqualTo(
            Map.of(
                "alexandre.bernard@namebay.example", Role.READ_WRITE,
                "david.lanteri@namebay.example", Role.READ));
    assertThat(changes.removed()).containsExactly("eve@isolated.example");
  }

  @Test
  void aShareeWithoutAnAddressOrAccessIsABadRequestWithASentence() {
    assertThatThrownBy(
            () ->
                read(
                    """
                    <CS:share xmlns:D="DAV:" xmlns:CS="http://calendarserver.org/ns/">
                      <CS:set><D:href>https://elsewhere.example/bob</D:href><CS:read/></CS:set>
                    </CS:share>"""))
        .isInstanceOfSatisfying(DavException.class, e -> assertThat(e.status()).isEqualTo(400))
        .hasMessageContaining("mailto:");
    assertThatThrownBy(
            () ->
                read(
                    """
                    <D:share-resource xmlns:D="DAV:">
                      <D:sharee><D:href>mailto:bob@example.org</D:href></D:sharee>
                    </D:share-resource>"""))
        .isInstanceOfSatisfying(DavException.class, e -> assertThat(e.status()).isEqualTo(400))
        .hasMessageContaining("share-access");
  }

  @Test
  void anotherBodyIsRefused() {
    assertThatThrownBy(() -> read("<D:propfind xmlns:D=\"DAV:\"/>"))
        .isInstanceOfSatisfying(DavException.class, e -> assertThat(e.status()).isEqualTo(400));
  }
}
