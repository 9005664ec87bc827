package dev.partage.e2e;

import static dev.partage.e2e.support.Xml.CALDAV;
import static dev.partage.e2e.support.Xml.DAV;
import static org.assertj.core.api.Assertions.assertThat;

import dev.partage.e2e.StackExtension.Stack;
import dev.partage.e2e.support.Dav;
import dev.partage.e2e.support.Multistatus;
import dev.partage.e2e.support.Xml;
import io.restassured.response.Response;
import java.net.URI;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Element;

/** How a client that knows only the server name finds the user's calendars (RFC 6764, RFC 5397). */
@ExtendWith(StackExtension.class)
class DiscoveryIT {

  private static final String CURRENT_USER_PRINCIPAL =
      "<d:propfind xmlns:d=\"DAV:\"><d:prop><d:current-user-principal/></d:prop></d:propfind>";

  private static final String PRINCIPAL_PROPERTIES =
      """
      <d:propfind xmlns:d="DAV:" xmlns:c="urn:ietf:params:xml:ns:caldav">
        <d:prop>
          <c:calendar-home-set/><c:calendar-user-address-set/><d:displayname/><d:principal-URL/>
        </d:prop>
      </d:propfind>""";

  @Test
  void wellKnownCaldavRedirectsPermanentlyToTheDavRoot(Stack stack) {
    // RFC 6764 section 5: clients start from /.well-known/caldav before they have credentials.
    Response response = Dav.as(stack, Dav.GILLES).anonymous().get("/.well-known/caldav");

    assertThat(response.statusCode()).isEqualTo(301);
    assertThat(URI.create(response.header("Location")).getPath()).isEqualTo("/dav/");
  }

  @ParameterizedTest
  @ValueSource(strings = {"/", "/dav/"})
  void theRootNamesTheLoggedInUsersPrincipal(String root, Stack stack) {
    Dav gilles = Dav.as(stack, Dav.GILLES);

    Multistatus answer = gilles.propfind(root, "0", CURRENT_USER_PRINCIPAL);

    assertThat(answer.entries()).hasSize(1);
    Element principal = answer.entries().values().iterator().next().ok(DAV, "current-user-principal");
    assertThat(Xml.href(Xml.only(principal, DAV, "href"))).isEqualTo(gilles.principal());
  }

  @Test
  void thePrincipalPointsAtItsCalendarHomeAndMailAddress(Stack stack) {
    Dav gilles = Dav.as(stack, Dav.GILLES);

    Multistatus.Entry principal =
        gilles.propfind(gilles.principal(), "0", PRINCIPAL_PROPERTIES).entry(gilles.principal());

    assertThat(Xml.hrefs(principal.ok(CALDAV, "calendar-home-set"))).containsExactly(gilles.home());
    assertThat(Xml.hrefs(principal.ok(CALDAV, "calendar-user-address-set")))
        .contains("mailto:" + Dav.GILLES);
    assertThat(principal.okText(DAV, "displayname")).isNotBlank();
    assertThat(Xml.hrefs(principal.ok(DAV, "principal-URL"))).containsExactly(gilles.principal());
  }

  @Test
  void optionsAdvertisesCalendarAccessWithoutLocking(Stack stack) {
    Dav gilles = Dav.as(stack, Dav.GILLES);

    Response response = gilles.request().options(gilles.home());

    assertThat(response.statusCode()).isEqualTo(200);
    // RFC 4791 section 5.1: "calendar-access" in DAV; RFC 4918 section 18.2: class 2 means LOCK,
    // which Partage does not implement, so advertising it would make clients try to lock.
    String[] classes =
        Arrays.stream(response.headers().getValues("DAV").toArray(String[]::new))
            .flatMap(header -> Arrays.stream(header.split(",")))
            .map(String::strip)
            .toArray(String[]::new);
    assertThat(classes).contains("1", "calendar-access").doesNotContain("2");
  }
}
