package dev.partage.e2e;

import static dev.partage.e2e.support.Sharing.assertOk;
import static dev.partage.e2e.support.Sharing.csSet;
import static dev.partage.e2e.support.Sharing.csShare;
import static dev.partage.e2e.support.Sharing.findShared;
import static dev.partage.e2e.support.Sharing.privileges;
import static dev.partage.e2e.support.Sharing.resourceTypes;
import static dev.partage.e2e.support.Sharing.shareResource;
import static dev.partage.e2e.support.Xml.CALSERVER;
import static dev.partage.e2e.support.Xml.DAV;
import static org.assertj.core.api.Assertions.assertThat;

import dev.partage.e2e.StackExtension.Stack;
import dev.partage.e2e.support.Access;
import dev.partage.e2e.support.Cards;
import dev.partage.e2e.support.CollectionType;
import dev.partage.e2e.support.Dav;
import dev.partage.e2e.support.DavError;
import dev.partage.e2e.support.Ics;
import dev.partage.e2e.support.Multistatus;
import dev.partage.e2e.support.Sharing;
import dev.partage.e2e.support.Tasks;
import dev.partage.e2e.support.Xml;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Sharing through DAV (ARCHITECTURE.md, Rights): gilles shares, the sharees find the collection in
 * their own home without doing anything, and the gateway enforces exactly what it advertises.
 */
@ExtendWith(StackExtension.class)
class SharingIT {

  private static final String NEED_PRIVILEGES = Xml.name(DAV, "need-privileges");

  private static String named(String purpose) {
    return purpose + " " + UUID.randomUUID();
  }

  private static String calendarNamed(Dav owner, String displayName) {
    return CollectionType.CALENDAR.create(owner, "shared", displayName, "#3A87ADFF", "Shared");
  }

  @Test
  void aCalendarSharedByCsShareAppearsInTheShareesHomesWithWhatTheyMayDo(Stack stack) {
    Dav gilles = Dav.as(stack, Dav.GILLES);
    Dav alexandre = Dav.as(stack, Dav.ALEXANDRE);
    Dav david = Dav.as(stack, Dav.DAVID);
    String name = named("Astreintes");
    String calendar = calendarNamed(gilles, name);

    assertOk(csShare(gilles, calendar, csSet(Dav.ALEXANDRE, Access.READ_WRITE) + csSet(Dav.DAVID, Access.READ)));

    Multistatus.Entry alexandresView = findShared(alexandre, alexandre.home(), name).orElseThrow();
    assertThat(alexandresView.okText(DAV, "displayname")).matches(".+ \\(.+\\)");
    assertThat(resourceTypes(alexandresView)).contains(Xml.name(CALSERVER, "shared"));
    assertThat(Xml.text(Xml.only(alexandresView.ok(DAV, "owner"), DAV, "href")))
        .isEqualTo(gilles.principal());
    assertThat(privileges(alexandresView)).contains("read", "write", "bind", "unbind");
    Multistatus.Entry davidsView = findShared(david, david.home(), name).orElseThrow();
    assertThat(privileges(davidsView))
        .containsExactlyInAnyOrder("read", "read-current-user-privilege-set", "read-free-busy");

    String alexandresEvent = alexandresView.href() + "astreinte.ics";
    alexandre.create(
        alexandresEvent,
        Ics.singleEvent("astreinte", "20261201T090000Z", "20261201T100000Z", "Astreinte"));
    String seenByGilles =
        gilles.request().get(calendar + "astreinte.ics").then().statusCode(200).extract().asString();
    assertThat(seenByGilles).contains("SUMMARY:Astreinte");
    // Same content, same version, for the owner and every sharee (ARCHITECTURE.md, URLs).
    assertThat(david.version(davidsView.href())).isEqualTo(gilles.version(calendar));

    String davidsEvent = davidsView.href() + "astreinte.ics";
    DavError put =
        DavError.of(
            david.request().contentType(Dav.ICALENDAR)
                .body(Ics.singleEvent("astreinte", "20261201T090000Z", "20261201T110000Z", "Moved"))
                .put(davidsEvent),
            403);
    assertThat(put.conditions()).contains(NEED_PRIVILEGES);
    assertThat(DavError.of(david.request().delete(davidsEvent), 403).conditions())
        .contains(NEED_PRIVILEGES);
    david.request().get(davidsEvent).then().statusCode(200);
  }

  @Test
  void aTaskListAndAnAddressBookSharedByShareResourceFollowTheSameRules(Stack stack) {
    Dav gilles = Dav.as(stack, Dav.GILLES);
    Dav alexandre = Dav.as(stack, Dav.ALEXANDRE);
    Dav david = Dav.as(stack, Dav.DAVID);
    String tasksName = named("Tâches");
    String tasks =
        gilles.newCalendar(
            "tasks", Tasks.mkcalendar("<d:displayname>%s</d:displayname>".formatted(tasksName)));
    String booksName = named("Fournisseurs");
    String book =
        gilles.newAddressBook(
            "book", Cards.mkcol("<d:displayname>%s</d:displayname>".formatted(booksName)));

    for (String collection : new String[] {tasks, book}) {
      assertOk(shareResource(gilles, collection, Dav.ALEXANDRE, "read-write", Dav.DAVID, "read"));
    }

    String alexandresTasks =
        findShared(alexandre, alexandre.home(), tasksName).orElseThrow().href();
    alexandre.create(alexandresTasks + "t.ics", Ics.todo("t-" + UUID.randomUUID(), "Relancer"));
    String davidsTasks = findShared(david, david.home(), tasksName).orElseThrow().href();
    assertThat(
            DavError.of(
                    david.request().contentType(Dav.ICALENDAR)
                        .body(Ics.todo("t2-" + UUID.randomUUID(), "Non"))
                        .put(davidsTasks + "t2.ics"),
                    403)
                .conditions())
        .contains(NEED_PRIVILEGES);

    String alexandresBook =
        findShared(alexandre, alexandre.addressBookHome(), booksName).orElseThrow().href();
    alexandre.createCard(
        alexandresBook + "c.vcf", Cards.v3("c-" + UUID.randomUUID(), "Fournisseur"));
    gilles.request().get(book + "c.vcf").then().statusCode(200);
    String davidsBook = findShared(david, david.addressBookHome(), booksName).orElseThrow().href();
    assertThat(DavError.of(david.request().delete(davidsBook + "c.vcf"), 403).conditions())
        .contains(NEED_PRIVILEGES);
  }
}
