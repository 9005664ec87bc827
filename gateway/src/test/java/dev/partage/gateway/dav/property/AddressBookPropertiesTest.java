package dev.partage.gateway.dav.property;

import static dev.partage.gateway.dav.XmlAssertions.assertSameXmlAs;
import static dev.partage.gateway.dav.property.PropertyFixtures.ANN;
import static dev.partage.gateway.dav.property.PropertyFixtures.render;
import static org.assertj.core.api.Assertions.assertThat;

import dev.partage.dav.request.PropfindRequest;
import dev.partage.dav.xml.DavNames;
import dev.partage.gateway.dav.InMemoryCollection;
import dev.partage.gateway.dav.access.Access;
import dev.partage.gateway.dav.routing.DavTarget;
import dev.partage.gateway.dav.routing.HomeKind;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The address-book home and an address book (RFC 6352 sections 6.2 and 7.1). */
class AddressBookPropertiesTest {

  private final PropertyMap book =
      CollectionProperties.of(
          "/dav/addressbooks/ann@example.org/friends/",
          InMemoryCollection.addressBook(ANN, "friends"),
          ANN,
          Access.OWNER);

  @Test
  void answersWhatDavx5AndAppleAskOfAnAddressBook() {
    PropfindRequest request =
        new PropfindRequest.Props(
            List.of(
                DavNames.RESOURCETYPE,
                DavNames.DISPLAYNAME,
                DavNames.ADDRESSBOOK_DESCRIPTION,
                DavNames.SUPPORTED_ADDRESS_DATA,
                DavNames.CARDDAV_MAX_RESOURCE_SIZE,
                DavNames.GETCTAG,
                DavNames.SYNC_TOKEN,
                DavNames.SUPPORTED_REPORT_SET,
                DavNames.CURRENT_USER_PRIVILEGE_SET,
                DavNames.OWNER,
                DavNames.CURRENT_USER_PRINCIPAL,
                DavNames.GETLASTMODIFIED,
                DavNames.SUPPORTED_CALENDAR_COMPONENT_SET,
                DavNames.CALENDAR_DESCRIPTION));
    assertSameXmlAs(render(book, request), "/dav/addressbook-prop.xml");
  }

  @Test
  void theAddressBookHomeIsAPlainCollectionAtItsOwnUrl() {
    PropertyMap home =
        HomeProperties.of(new DavTarget.Home(HomeKind.ADDRESS_BOOKS, ANN), ANN, Access.OWNER);
    String xml =
        render(
            home,
            new PropfindRequest.Props(
                List.of(
                    DavNames.RESOURCETYPE, DavNames.CURRENT_USER_PRINCIPAL, DavNames.SYNC_TOKEN)));
    assertThat(home.href()).isEqualTo("/dav/addressbooks/ann@example.org/");
    assertThat(xml).doesNotContain("addressbook/>").contains("collection/>").contains("404");
  }
}
