package dev.partage.gateway.dav.method;

import static dev.partage.gateway.dav.DavRequests.ANN;
import static dev.partage.gateway.dav.DavRequests.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.partage.contracts.collection.AddressData;
import dev.partage.contracts.collection.CardRead;
import dev.partage.dav.xml.DavException;
import dev.partage.dav.xml.DavNames;
import dev.partage.gateway.backend.CollectionRef;
import dev.partage.gateway.dav.DavRequests;
import dev.partage.gateway.dav.FakeAcl;
import dev.partage.gateway.dav.InMemoryCollection;
import dev.partage.gateway.dav.error.MethodNotAllowed;
import dev.partage.gateway.dav.mkcol.CollectionCreator;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The method handlers on the address-book home, an address book and its vCards: the same handlers
 * as for calendars, with the address-book rules of RFC 6352. Successful writes go through the
 * collection directory and are left to the end-to-end tests.
 */
class AddressBookHandlersTest {

  private static final String HOME = "/dav/addressbooks/ann@example.org/";
  private static final String BOOK = HOME + "friends/";
  private static final String CARD = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ann\r\nEND:VCARD\r\n";
  private static final String MKCOL_CALENDAR =
      "<d:mkcol xmlns:d=\"DAV:\" xmlns:c=\"urn:ietf:params:xml:ns:caldav\"><d:set><d:prop>"
          + "<d:resourcetype><d:collection/><c:calendar/></d:resourcetype>"
          + "</d:prop></d:set></d:mkcol>";

  private final InMemoryCollection api = new InMemoryCollection().withCard("a.vcf", CARD);
  private final CollectionRef friends =
      new CollectionRef(InMemoryCollection.addressBook(ANN, "friends"), api.api());
  private final ObjectReader reader = new ObjectReader();

  @Test
  void getServesTheVersionTheAcceptHeaderAsksWithTheStoredEtag() {
    Response response =
        reader.read(
            request(BOOK + "a.vcf", Map.of("Accept", "text/vcard; version=4.0"), null, friends),
            true);

    assertThat(api.cardReads)
        .containsExactly(new CardRead(List.of("a.vcf"), new AddressData("4.0", List.of())));
    assertThat(response.getStatus()).isEqualTo(200);
    assertThat(response.getHeaderString("ETag")).isEqualTo("\"a.vcf-1\"");
    assertThat(response.getHeaderString("Vary")).isEqualTo("Accept");
    assertThat(response.getMediaType().toString()).startsWith("text/vcard");
    assertThat(new String((byte[]) response.getEntity())).contains("VERSION:4.0");
  }

  @Test
  void getWithoutAVersionServesTheCardAsStoredAndHeadHasNoBody() {
    Response head = reader.read(request(BOOK + "a.vcf", Map.of(), null, friends), false);

    assertThat(api.cardReads.getFirst().addressData()).isEqualTo(AddressData.asStored());
    assertThat(head.getEntity()).isNull();
    assertThat(head.getHeaderString("Content-Length")).isEqualTo(Integer.toString(CARD.length()));
  }

  @Test
  void getOfAMissingCardIs404() {
    assertThatThrownBy(() -> reader.read(request(BOOK + "gone.vcf", Map.of(), null, friends), true))
        .isInstanceOfSatisfying(DavException.class, e -> assertThat(e.status()).isEqualTo(404));
  }

  @Test
  void propfindDepthOneListsTheBookThenItsCardsEachWithTheCurrentUserPrincipal() {
    PropfindHandler handler =
        new PropfindHandler(
            new PropfindResources(
                null,
                null,
                DavRequests.policy(),
                DavRequests.sharingProperties(new FakeAcl(), friends)));
    String body =
        "<d:propfind xmlns:d=\"DAV:\"><d:prop><d:resourcetype/><d:getetag/>"
            + "<d:getcontenttype/><d:current-user-principal/></d:prop></d:propfind>";

    String xml =
        (String) handler.handle(request(BOOK, Map.of("Depth", "1"), body, friends)).getEntity();

    assertThat(xml)
        .contains("<d:href>" + BOOK + "</d:href>")
        .contains("<d:href>" + BOOK + "a.vcf</d:href>")
        .containsPattern("addressbook/>")
        .contains("text/vcard; charset=utf-8");
    // RFC 5397 section 3: the book and the card each name the current user's principal.
    assertThat(xml.split("/dav/principals/ann@example.org/", -1)).hasSize(3);
  }

  @Test
  void putOfICalendarIntoAnAddressBookIs415BeforeTheServiceIsCalled() {
    assertThatThrownBy(
            () ->
                new PutHandler(null)
                    .handle(
                        request(
                            BOOK + "e.ics",
                            Map.of("Content-Type", "text/calendar"),
                            "BEGIN:VCALENDAR",
                            friends)))
        .isInstanceOfSatisfying(
            DavException.class,
            e -> {
              assertThat(e.status()).isEqualTo(415);
              assertThat(e.condition()).isEqualTo(DavNames.SUPPORTED_ADDRESS_DATA);
            });
    assertThat(api.objects).containsOnlyKeys("a.vcf");
  }

  @Test
  void putIntoAMissingAddressBookIsAConflictNamingIt() {
    assertThatThrownBy(
            () -> new PutHandler(null).handle(request(HOME + "nope/c.vcf", Map.of(), CARD, null)))
        .isInstanceOfSatisfying(DavException.class, e -> assertThat(e.status()).isEqualTo(409))
        .hasMessageContaining("address book \"nope\"");
  }

  @Test
  void mkcalendarAmongAddressBooksIsRefused() {
    assertThatThrownBy(
            () ->
                new MkcalendarHandler(new CollectionCreator(null))
                    .handle(request(HOME + "cal/", Map.of(), null, null)))
        .isInstanceOfSatisfying(
            DavException.class,
            e -> {
              assertThat(e.status()).isEqualTo(403);
              assertThat(e.condition()).isEqualTo(DavNames.CALENDAR_COLLECTION_LOCATION_OK);
            })
        .hasMessageContaining("MKCOL");
  }

  @Test
  void aCalendarCannotBeMadeInTheAddressBookHome() {
    assertThatThrownBy(
            () ->
                new MkcolHandler(new CollectionCreator(null))
                    .handle(request(HOME + "cal/", Map.of(), MKCOL_CALENDAR, null)))
        .isInstanceOfSatisfying(
            DavException.class,
            e -> {
              assertThat(e.status()).isEqualTo(403);
              assertThat(e.condition()).isEqualTo(DavNames.VALID_RESOURCETYPE);
            })
        .hasMessageContaining("CARDDAV:addressbook");
  }

  @Test
  void anAddressBookCannotBeNestedInAnAddressBook() {
    assertThatThrownBy(
            () ->
                new MkcolHandler(new CollectionCreator(null))
                    .handle(request(BOOK + "inner/", Map.of(), null, friends)))
        .isInstanceOfSatisfying(
            DavException.class,
            e -> assertThat(e.condition()).isEqualTo(DavNames.ADDRESSBOOK_COLLECTION_LOCATION_OK));
  }

  @Test
  void mkcolOnAnExistingAddressBookIsNotAllowed() {
    assertThatThrownBy(
            () ->
                new MkcolHandler(new CollectionCreator(null))
                    .handle(request(BOOK, Map.of(), null, friends)))
        .isInstanceOfSatisfying(
            MethodNotAllowed.class,
            e -> {
              assertThat(e.condition()).isEqualTo(DavNames.RESOURCE_MUST_BE_NULL);
              assertThat(e.allow()).doesNotContain("MKCALENDAR");
            })
        .hasMessageContaining("address book already exists");
  }

  @Test
  void vcardsAndCalendarObjectsDoNotCrossBetweenTheHomes() {
    ObjectTransfer transfer =
        new ObjectTransfer(null, DavRequests.locatorFindingNothing(), DavRequests.policy());
    assertThatThrownBy(
            () ->
                transfer.transfer(
                    request(
                        BOOK + "a.vcf",
                        Map.of("Destination", "/dav/calendars/ann@example.org/work/a.vcf"),
                        null,
                        friends),
                    true))
        .isInstanceOfSatisfying(DavException.class, e -> assertThat(e.status()).isEqualTo(403))
        .hasMessageContaining("address books");
    assertThatThrownBy(
            () ->
                transfer.transfer(
                    request(
                        "/dav/calendars/ann@example.org/work/e.ics",
                        Map.of("Destination", BOOK + "e.ics"),
                        null,
                        friends),
                    false))
        .isInstanceOfSatisfying(DavException.class, e -> assertThat(e.status()).isEqualTo(403))
        .hasMessageContaining("calendars");
  }

  @Test
  void aRefusedProppatchOnAnAddressBookDoesNotReachTheService() {
    String body =
        "<d:propertyupdate xmlns:d=\"DAV:\" xmlns:c=\"urn:ietf:params:xml:ns:carddav\"><d:set>"
            + "<d:prop><d:displayname>x</d:displayname><c:max-resource-size>1</c:max-resource-size>"
            + "</d:prop></d:set></d:propertyupdate>";

    Response response = proppatch().handle(request(BOOK, Map.of(), body, friends));

    assertThat(response.getStatus()).isEqualTo(207);
    assertThat(api.lastPatch).isNull();
    assertThat((String) response.getEntity()).contains("424").contains("403").contains(BOOK);
  }

  /** A PROPPATCH handler for the owner's own collections, which never reach acl-service. */
  private static ProppatchHandler proppatch() {
    return new ProppatchHandler(null, null, null);
  }
}
