package dev.partage.e2e;

import static dev.partage.e2e.support.Xml.CALSERVER;
import static dev.partage.e2e.support.Xml.CARDDAV;
import static dev.partage.e2e.support.Xml.DAV;
import static org.assertj.core.api.Assertions.assertThat;

import dev.partage.contracts.event.Topics;
import dev.partage.e2e.StackExtension.Stack;
import dev.partage.e2e.support.Cards;
import dev.partage.e2e.support.Dav;
import dev.partage.e2e.support.DavError;
import dev.partage.e2e.support.Isolation;
import dev.partage.e2e.support.KeepingService;
import dev.partage.e2e.support.Multistatus;
import dev.partage.e2e.support.Xml;
import io.restassured.response.Response;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Element;

/**
 * Address books (RFC 6352 sections 5.2 and 6): how clients find the address-book home, create,
 * describe and delete books in it, and that contact-service, not calendar-service, keeps them.
 */
@ExtendWith(StackExtension.class)
class AddressBookIT {

  private static final String BOOK_PROPERTIES =
      """
      <d:propfind xmlns:d="DAV:" xmlns:card="urn:ietf:params:xml:ns:carddav"
                  xmlns:cs="http://calendarserver.org/ns/">
        <d:prop>
          <d:resourcetype/><d:displayname/><card:addressbook-description/>
          <card:supported-address-data/><card:max-resource-size/><cs:getctag/><d:sync-token/>
          <d:supported-report-set/><d:current-user-privilege-set/>
        </d:prop>
      </d:propfind>""";

  private static final String DESCRIBED =
      Cards.mkcol(
          """
          <d:displayname>Clients</d:displayname>
          <card:addressbook-description>Les clients de Namebay</card:addressbook-description>""");

  @Test
  void wellKnownCarddavRedirectsPermanentlyToTheDavRoot(Stack stack) {
    // RFC 6764 section 5: CardDAV clients start from /.well-known/carddav without credentials.
    Response response = Dav.as(stack, Dav.GILLES).anonymous().get("/.well-known/carddav");

    assertThat(response.statusCode()).isEqualTo(301);
    assertThat(URI.create(response.header("Location")).getPath()).isEqualTo("/dav/");
  }

  @Test
  void thePrincipalPointsAtItsAddressBookHome(Stack stack) {
    Dav gilles = Dav.as(stack, Dav.GILLES);

    Multistatus.Entry principal =
        gilles.propfind(gilles.principal(), "0",
                """
                <d:propfind xmlns:d="DAV:" xmlns:card="urn:ietf:params:xml:ns:carddav">
                  <d:prop><card:addressbook-home-set/></d:prop>
                </d:propfind>""")
            .entry(gilles.principal());

    // RFC 6352 section 7.1.1.
    assertThat(Xml.hrefs(principal.ok(CARDDAV, "addressbook-home-set")))
        .containsExactly(gilles.addressBookHome());
  }

  @Test
  void optionsOnTheAddressBookHomeAdvertisesAddressbook(Stack stack) {
    Dav gilles = Dav.as(stack, Dav.GILLES);

    Response response = gilles.request().options(gilles.addressBookHome());

    assertThat(response.statusCode()).isEqualTo(200);
    // RFC 6352 section 6.1: "addressbook" in DAV tells clients the server speaks CardDAV.
    List<String> classes =
        response.headers().getValues("DAV").stream()
            .flatMap(header -> Arrays.stream(header.split(",")))
            .map(String::strip)
            .toList();
    assertThat(classes).contains("1", "addressbook");
  }

  @Test
  void anExtendedMkcolCreatesADescribedBookListedInTheHomeWithItsProperties(Stack stack) {
    Dav gilles = Dav.as(stack, Dav.GILLES);

    String book = gilles.newAddressBook("clients", DESCRIBED);

    Multistatus home = gilles.propfind(gilles.addressBookHome(), "1", BOOK_PROPERTIES);
    assertThat(home.hrefs()).contains(gilles.addressBookHome(), book);
    Multistatus.Entry listed = home.entry(book);
    assertThat(resourceTypes(listed))
        .containsExactlyInAnyOrder(Xml.name(DAV, "collection"), Xml.name(CARDDAV, "addressbook"));
    assertThat(listed.okText(DAV, "displayname")).isEqualTo("Clients");
    assertThat(listed.okText(CARDDAV, "addressbook-description")).isEqualTo("Les clients de Namebay");
    // RFC 6352 section 6.2.2: the media types and versions a book takes.
    assertThat(
            Xml.children(listed.ok(CARDDAV, "supported-address-data"), CARDDAV, "address-data-type")
                .stream()
                .map(type -> type.getAttribute("content-type") + " " + type.getAttribute("version"))
                .toList())
        .containsExactlyInAnyOrder("text/vcard 3.0", "text/vcard 4.0");
    assertThat(Long.parseLong(listed.okText(CARDDAV, "max-resource-size"))).isPositive();
    assertThat(listed.okText(CALSERVER, "getctag")).isNotBlank();
    assertThat(listed.okText(DAV, "sync-token")).isNotBlank();
    assertThat(supportedReports(listed))
        .contains(
            Xml.name(CARDDAV, "addressbook-query"),
            Xml.name(CARDDAV, "addressbook-multiget"),
            Xml.name(DAV, "sync-collection"));
    // RFC 3744 section 5.4: the owner may read and write; DAVx5 shows a book read-only otherwise.
    assertThat(privileges(listed)).contains(Xml.name(DAV, "read")).containsAnyOf(
        Xml.name(DAV, "write"), Xml.name(DAV, "all"));
  }

  @Test
  void aPlainMkcolInTheHomeCreatesAnAddressBook(Stack stack) {
    Dav gilles = Dav.as(stack, Dav.GILLES);

    String book = gilles.newAddressBook("plain");

    Multistatus.Entry created = gilles.propfind(book, "0", BOOK_PROPERTIES).entry(book);
    assertThat(resourceTypes(created))
        .containsExactlyInAnyOrder(Xml.name(DAV, "collection"), Xml.name(CARDDAV, "addressbook"));
    gilles.createCard(book + "first.vcf", Cards.v4("plain-1", "Première Fiche"));
  }

  @Test
  void proppatchChangesTheNameAndDescription(Stack stack) {
    Dav gilles = Dav.as(stack, Dav.GILLES);
    String book = gilles.newAddressBook("renamed", DESCRIBED);

    String answer =
        gilles.request()
            .contentType(Dav.XML)
            .body(
                """
                <d:propertyupdate xmlns:d="DAV:" xmlns:card="urn:ietf:params:xml:ns:carddav">
                  <d:set><d:prop>
                    <d:displayname>Fournisseurs</d:displayname>
                    <card:addressbook-description>Nos fournisseurs</card:addressbook-description>
                  </d:prop></d:set>
                </d:propertyupdate>""")
            .request("PROPPATCH", book)
            .then()
            .statusCode(207)
            .extract()
            .asString();

    assertThat(Multistatus.parse(answer).entry(book).properties().values())
        .hasSize(2)
        .allSatisfy(result -> assertThat(result.status()).isEqualTo(200));
    Multistatus.Entry stored = gilles.propfind(book, "0", BOOK_PROPERTIES).entry(book);
    assertThat(stored.okText(DAV, "displayname")).isEqualTo("Fournisseurs");
    assertThat(stored.okText(CARDDAV, "addressbook-description")).isEqualTo("Nos fournisseurs");
  }

  @Test
  void theBookIsKeptByContactServiceAndPublishedOnTheContactsTopicOnly(Stack stack) {
    Dav gilles = Dav.as(stack, Dav.GILLES);
    KeepingService.assertKeptBy(stack, gilles, Topics.CONTACTS, "ADDRESSBOOK", ".vcf", cardName -> {
      String book = gilles.newAddressBook("published");
      gilles.createCard(book + cardName, Cards.v3("published-1", "Publiée"));
    });
  }

  @Test
  void mkcalendarInTheAddressBookHomeIsForbidden(Stack stack) {
    Dav gilles = Dav.as(stack, Dav.GILLES);
    String path = gilles.addressBookHome() + "calendar-" + UUID.randomUUID() + "/";

    Response refused = gilles.request().request("MKCALENDAR", path);

    // RFC 4791 section 5.3.1.1: calendars live in the calendar home, which the principal names.
    assertThat(DavError.of(refused, 403).conditions())
        .containsExactly(Xml.name(Xml.CALDAV, "calendar-collection-location-ok"));
    gilles.request().header("Depth", "0").request("PROPFIND", path).then().statusCode(404);
  }

  @Test
  void aDeletedBookIsGoneWithItsCards(Stack stack) {
    Dav gilles = Dav.as(stack, Dav.GILLES);
    String book = gilles.newAddressBook("deleted");
    gilles.createCard(book + "one.vcf", Cards.v4("deleted-1", "Une Fiche"));

    gilles.request().delete(book).then().statusCode(204);

    gilles.request().header("Depth", "0").request("PROPFIND", book).then().statusCode(404);
    gilles.request().get(book + "one.vcf").then().statusCode(404);
    assertThat(gilles.propfind(gilles.addressBookHome(), "1", BOOK_PROPERTIES).hrefs())
        .doesNotContain(book);
  }

  @ParameterizedTest
  @ValueSource(strings = {Dav.ALEXANDRE, Dav.CLAIRE})
  void anotherUserCannotTellGillesBookFromOneThatDoesNotExistNorWriteInIt(
      String other, Stack stack) {
    // Alexandre works for the same tenant as Gilles, Claire for another: neither sees his books.
    Dav gilles = Dav.as(stack, Dav.GILLES);
    String book = gilles.newAddressBook("private");
    String card = book + "secret.vcf";
    gilles.createCard(card, Cards.v4("secret-1", "Contact Secret"));
    String absentBook = gilles.addressBookHome() + "absent-" + UUID.randomUUID() + "/";

    Isolation.assertCannotTell(Dav.as(stack, other), book, absentBook, "secret.vcf", Dav.VCARD,
        Cards.v4("intrusion-1", "Intrus"), BOOK_PROPERTIES);

    gilles.request().get(book + "intrusion-secret.vcf").then().statusCode(404);
    gilles.request().get(card).then().statusCode(200);
  }

  private static List<String> resourceTypes(Multistatus.Entry entry) {
    return Xml.children(entry.ok(DAV, "resourcetype")).stream().map(Xml::name).toList();
  }

  /** The reports of DAV:supported-report-set (RFC 3253 section 3.1.5). */
  private static List<String> supportedReports(Multistatus.Entry entry) {
    return Xml.children(entry.ok(DAV, "supported-report-set"), DAV, "supported-report").stream()
        .flatMap(supported -> Xml.children(supported, DAV, "report").stream())
        .flatMap(report -> Xml.children(report).stream())
        .map(Xml::name)
        .toList();
  }

  /** The privileges of DAV:current-user-privilege-set (RFC 3744 section 5.4). */
  private static List<String> privileges(Multistatus.Entry entry) {
    Element set = entry.ok(DAV, "current-user-privilege-set");
    return Xml.children(set, DAV, "privilege").stream()
        .flatMap(privilege -> Xml.children(privilege).stream())
        .map(Xml::name)
        .toList();
  }
}
