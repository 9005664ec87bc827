package dev.partage.gateway.dav.mkcol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.partage.contracts.collection.NewCollection;
import dev.partage.dav.request.MkcolParser;
import dev.partage.dav.xml.DavException;
import dev.partage.dav.xml.DavNames;
import dev.partage.dav.xml.SafeXmlReader;
import dev.partage.gateway.dav.routing.HomeKind;
import org.junit.jupiter.api.Test;

class NewCollectionReaderTest {

  private static NewCollection read(String body) {
    return read(HomeKind.CALENDARS, body);
  }

  private static NewCollection read(HomeKind kind, String body) {
    return NewCollectionReader.read(
        kind, "work", MkcolParser.parse(SafeXmlReader.parseOrNull(body)));
  }

  @Test
  void anExtendedMkcolOfRfc6352CreatesAnAddressBookWithItsColourLiveAndOtherExtrasKeptDead() {
    NewCollection book =
        read(
            HomeKind.ADDRESS_BOOKS,
            """
            <D:mkcol xmlns:D="DAV:" xmlns:C="urn:ietf:params:xml:ns:carddav"
                xmlns:I="http://apple.com/ns/ical/" xmlns:X="http://inf-it.com/ns/ab/">
              <D:set><D:prop>
                <D:resourcetype><D:collection/><C:addressbook/></D:resourcetype>
                <D:displayname>Lisa's Contacts</D:displayname>
                <C:addressbook-description xml:lang="en">My primary address book.</C:addressbook-description>
                <I:calendar-color>#FF0000</I:calendar-color>
                <X:addressbook-color>#00FF00</X:addressbook-color>
              </D:prop></D:set>
            </D:mkcol>\
            """);
    assertThat(book.displayName()).isEqualTo("Lisa's Contacts");
    assertThat(book.description()).isEqualTo("My primary address book.");
    assertThat(book.components()).isEmpty();
    assertThat(book.color()).isEqualTo("#FF0000");
    assertThat(book.deadProperties()).containsOnlyKeys("{http://inf-it.com/ns/ab/}addressbook-color");
  }

  @Test
  void aPlainMkcolCreatesAnAddressBookWithoutProperties() {
    NewCollection book = read(HomeKind.ADDRESS_BOOKS, null);
    assertThat(book.name()).isEqualTo("work");
    assertThat(book.components()).isEmpty();
    assertThat(book.displayName()).isNull();
  }

  @Test
  void anAddressBookHasNoComponentSetToSet() {
    assertThatThrownBy(
            () ->
                read(
                    HomeKind.ADDRESS_BOOKS,
                    """
                    <D:mkcol xmlns:D="DAV:" xmlns:c="urn:ietf:params:xml:ns:caldav">
                     <D:set><D:prop><c:supported-calendar-component-set><c:comp name="VEVENT"/>
                     </c:supported-calendar-component-set></D:prop></D:set></D:mkcol>\
                    """))
        .isInstanceOfSatisfying(
            DavException.class,
            e -> assertThat(e.condition()).isEqualTo(DavNames.CANNOT_MODIFY_PROTECTED_PROPERTY));
  }

  @Test
  void theBenchKitsMkcalendarCreatesAnEventCalendar() {
    NewCollection calendar =
        read(
            """
            <c:mkcalendar xmlns:d="DAV:" xmlns:c="urn:ietf:params:xml:ns:caldav">
             <d:set><d:prop><d:displayname>cal1k</d:displayname>
              <c:supported-calendar-component-set><c:comp name="VEVENT"/></c:supported-calendar-component-set>
             </d:prop></d:set></c:mkcalendar>\
            """);
    assertThat(calendar.name()).isEqualTo("work");
    assertThat(calendar.displayName()).isEqualTo("cal1k");
    assertThat(calendar.components()).containsExactly("VEVENT");
    assertThat(calendar.deadProperties()).isEmpty();
  }

  @Test
  void withoutAComponentSetACalendarTakesEvents() {
    assertThat(read(null).components()).containsExactly("VEVENT");
    assertThat(read("<c:mkcalendar xmlns:c=\"urn:ietf:params:xml:ns:caldav\"/>").components())
        .containsExactly("VEVENT");
  }

  @Test
  void eventsAndTasksMayShareACalendar() {
    NewCollection calendar =
        read(
            """
            <C:mkcalendar xmlns:D="DAV:" xmlns:C="urn:ietf:params:xml:ns:caldav"
                xmlns:I="http://apple.com/ns/ical/">
              <D:set><D:prop>
                <C:supported-calendar-component-set>
                  <C:comp name="VEVENT"/><C:comp name="vtodo"/>
                </C:supported-calendar-component-set>
                <I:calendar-color>#FF0000</I:calendar-color>
                <I:calendar-order>4</I:calendar-order>
                <C:calendar-description>Team</C:calendar-description>
                <X:flag xmlns:X="urn:example:x">on</X:flag>
              </D:prop></D:set>
            </C:mkcalendar>\
            """);
    assertThat(calendar.components()).containsExactly("VEVENT", "VTODO");
    assertThat(calendar.color()).isEqualTo("#FF0000");
    assertThat(calendar.order()).isEqualTo(4);
    assertThat(calendar.description()).isEqualTo("Team");
    assertThat(calendar.deadProperties()).containsOnlyKeys("{urn:example:x}flag");
  }

  @Test
  void theExtendedMkcolResourcetypeIsNotADeadProperty() {
    NewCollection calendar =
        read(
            """
            <d:mkcol xmlns:d="DAV:" xmlns:c="urn:ietf:params:xml:ns:caldav">
             <d:set><d:prop><d:resourcetype><d:collection/><c:calendar/></d:resourcetype>
              <d:displayname>x</d:displayname></d:prop></d:set></d:mkcol>\
            """);
    assertThat(calendar.deadProperties()).isEmpty();
    assertThat(calendar.displayName()).isEqualTo("x");
  }

  @Test
  void journalsAreNotStored() {
    assertThatThrownBy(
            () ->
                read(
                    """
                    <c:mkcalendar xmlns:d="DAV:" xmlns:c="urn:ietf:params:xml:ns:caldav">
                     <d:set><d:prop><c:supported-calendar-component-set><c:comp name="VJOURNAL"/>
                     </c:supported-calendar-component-set></d:prop></d:set></c:mkcalendar>\
                    """))
        .isInstanceOfSatisfying(
            DavException.class,
            e -> {
              assertThat(e.status()).isEqualTo(403);
              assertThat(e.condition()).isEqualTo(DavNames.SUPPORTED_CALENDAR_COMPONENT);
              assertThat(e.getMessage()).contains("VJOURNAL");
            });
  }

  @Test
  void aProtectedInitialPropertyIsRefused() {
    assertThatThrownBy(
            () ->
                read(
                    """
                    <c:mkcalendar xmlns:d="DAV:" xmlns:c="urn:ietf:params:xml:ns:caldav">
                     <d:set><d:prop><d:sync-token>x</d:sync-token></d:prop></d:set></c:mkcalendar>\
                    """))
        .isInstanceOfSatisfying(
            DavException.class,
            e -> {
              assertThat(e.status()).isEqualTo(403);
              assertThat(e.condition()).isEqualTo(DavNames.CANNOT_MODIFY_PROTECTED_PROPERTY);
            });
  }

  @Test
  void anUnusableInitialValueIsAConflict() {
    assertThatThrownBy(
            () ->
                read(
                    """
                    <c:mkcalendar xmlns:d="DAV:" xmlns:c="urn:ietf:params:xml:ns:caldav"
                        xmlns:i="http://apple.com/ns/ical/">
                     <d:set><d:prop><i:calendar-order>soon</i:calendar-order></d:prop></d:set>
                    </c:mkcalendar>\
                    """))
        .isInstanceOfSatisfying(DavException.class, e -> assertThat(e.status()).isEqualTo(409))
        .hasMessageContaining("calendar-order");
  }
}
