package dev.partage.gateway.dav.method;

import static dev.partage.gateway.dav.DavRequests.ANN;
import static dev.partage.gateway.dav.DavRequests.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.partage.dav.xml.DavException;
import dev.partage.dav.xml.DavNames;
import dev.partage.gateway.backend.CollectionRef;
import dev.partage.gateway.dav.DavRequests;
import dev.partage.gateway.dav.InMemoryCollection;
import dev.partage.gateway.dav.error.MethodNotAllowed;
import dev.partage.gateway.dav.mkcol.CollectionCreator;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The refusals of the writing methods, which all happen before anything is written. Successful
 * writes go through the collection directory and are covered by the QuarkusTests.
 */
class WriteRefusalsTest {

  private static final String WORK = "/dav/calendars/ann@example.org/work/";
  private static final String EVENT = "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n";

  private final InMemoryCollection api = new InMemoryCollection();
  private final CollectionRef work =
      new CollectionRef(InMemoryCollection.calendar(ANN, "work"), api.api());

  @Test
  void putOnACollectionIsNotAllowed() {
    assertThatThrownBy(() -> new PutHandler(null).handle(request(WORK, Map.of(), EVENT, work)))
        .isInstanceOfSatisfying(
            MethodNotAllowed.class, e -> assertThat(e.allow()).contains("MKCALENDAR"));
  }

  @Test
  void putIntoAMissingCalendarIsAConflict() {
    assertThatThrownBy(
            () ->
                new PutHandler(null)
                    .handle(
                        request(
                            "/dav/calendars/ann@example.org/nope/e.ics", Map.of(), EVENT, null)))
        .isInstanceOfSatisfying(DavException.class, e -> assertThat(e.status()).isEqualTo(409))
        .hasMessageContaining("nope");
  }

  @Test
  void putOfAnotherMediaTypeIsRefusedBeforeTheServiceIsCalled() {
    assertThatThrownBy(
            () ->
                new PutHandler(null)
                    .handle(
                        request(
                            WORK + "c.vcf",
                            Map.of("Content-Type", "text/vcard"),
                            "BEGIN:VCARD",
                            work)))
        .isInstanceOfSatisfying(DavException.class, e -> assertThat(e.status()).isEqualTo(415));
    assertThat(api.objects).isEmpty();
  }

  @Test
  void deleteOfTheHomeIsNotAllowed() {
    assertThatThrownBy(
            () ->
                new DeleteHandler(null, null, null)
                    .handle(request("/dav/calendars/ann@example.org/", Map.of(), null, null)))
        .isInstanceOf(MethodNotAllowed.class);
  }

  @Test
  void mkcalendarOutsideTheHomeIsRefusedWithLocationOk() {
    assertThatThrownBy(
            () ->
                new MkcalendarHandler(new CollectionCreator(null))
                    .handle(request(WORK + "nested/", Map.of(), null, work)))
        .isInstanceOfSatisfying(
            DavException.class,
            e -> {
              assertThat(e.status()).isEqualTo(403);
              assertThat(e.condition()).isEqualTo(DavNames.CALENDAR_COLLECTION_LOCATION_OK);
            });
  }

  @Test
  void mkcalendarOnAnExistingCalendarIsNotAllowed() {
    assertThatThrownBy(
            () ->
                new MkcalendarHandler(new CollectionCreator(null))
                    .handle(request(WORK, Map.of(), null, work)))
        .isInstanceOfSatisfying(MethodNotAllowed.class, e -> assertThat(e.status()).isEqualTo(405));
  }

  @Test
  void anAddressBookCannotBeMadeInTheCalendarHome() {
    String body =
        "<d:mkcol xmlns:d=\"DAV:\" xmlns:card=\"urn:ietf:params:xml:ns:carddav\"><d:set><d:prop>"
            + "<d:resourcetype><d:collection/><card:addressbook/></d:resourcetype>"
            + "</d:prop></d:set></d:mkcol>";
    assertThatThrownBy(
            () ->
                new MkcolHandler(new CollectionCreator(null))
                    .handle(request(WORK, Map.of(), body, null)))
        .isInstanceOfSatisfying(DavException.class, e -> assertThat(e.status()).isEqualTo(403))
        .hasMessageContaining("MKCALENDAR");
  }

  @Test
  void proppatchOnAnObjectIsRefused() {
    String body =
        "<d:propertyupdate xmlns:d=\"DAV:\"><d:set><d:prop><d:displayname>x</d:displayname>"
            + "</d:prop></d:set></d:propertyupdate>";
    assertThatThrownBy(
            () -> proppatch().handle(request(WORK + "e.ics", Map.of(), body, work)))
        .isInstanceOfSatisfying(DavException.class, e -> assertThat(e.status()).isEqualTo(403));
  }

  @Test
  void aRefusedProppatchDoesNotReachTheService() {
    String body =
        "<d:propertyupdate xmlns:d=\"DAV:\"><d:set><d:prop><d:displayname>x</d:displayname>"
            + "<d:getetag>y</d:getetag></d:prop></d:set></d:propertyupdate>";
    Response response = proppatch().handle(request(WORK, Map.of(), body, work));
    assertThat(response.getStatus()).isEqualTo(207);
    assertThat(api.lastPatch).isNull();
    assertThat((String) response.getEntity()).contains("424").contains("403");
  }

  @Test
  void copyNeedsADestinationOnThisServerInsideTheUsersCalendars() {
    ObjectTransfer transfer =
        new ObjectTransfer(null, DavRequests.locatorFindingNothing(), DavRequests.policy());
    String source = WORK + "e.ics";
    assertThatThrownBy(() -> transfer.transfer(request(source, Map.of(), null, work), false))
        .isInstanceOfSatisfying(DavException.class, e -> assertThat(e.status()).isEqualTo(400));
    assertThatThrownBy(
            () ->
                transfer.transfer(
                    request(
                        source,
                        Map.of("Destination", "https://elsewhere.example.com" + WORK + "f.ics"),
                        null,
                        work),
                    false))
        .isInstanceOfSatisfying(DavException.class, e -> assertThat(e.status()).isEqualTo(502));
    assertThatThrownBy(
            () ->
                transfer.transfer(
                    request(
                        source,
                        Map.of("Destination", "/dav/calendars/bob@example.org/work/f.ics"),
                        null,
                        work),
                    true))
        .isInstanceOfSatisfying(DavException.class, e -> assertThat(e.status()).isEqualTo(403));
    assertThatThrownBy(
            () ->
                transfer.transfer(request(source, Map.of("Destination", WORK), null, work), false))
        .isInstanceOfSatisfying(DavException.class, e -> assertThat(e.status()).isEqualTo(403));
  }

  /** A PROPPATCH handler for the owner's own collections, which never reach acl-service. */
  private static ProppatchHandler proppatch() {
    return new ProppatchHandler(null, null, null);
  }
}
