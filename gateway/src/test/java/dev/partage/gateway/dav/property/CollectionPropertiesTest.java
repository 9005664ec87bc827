package dev.partage.gateway.dav.property;

import static dev.partage.gateway.dav.XmlAssertions.assertSameXmlAs;
import static dev.partage.gateway.dav.property.PropertyFixtures.ANN;
import static dev.partage.gateway.dav.property.PropertyFixtures.render;
import static dev.partage.gateway.dav.property.PropertyFixtures.workCalendar;
import static org.assertj.core.api.Assertions.assertThat;

import dev.partage.contracts.collection.CollectionDto;
import dev.partage.dav.request.PropfindRequest;
import dev.partage.dav.xml.DavNames;
import dev.partage.gateway.dav.InMemoryCollection;
import dev.partage.gateway.dav.access.Access;
import dev.partage.gateway.dav.routing.HomeKind;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.namespace.QName;
import org.junit.jupiter.api.Test;

class CollectionPropertiesTest {

  private static final String HREF = "/dav/calendars/ann@example.org/work/";

  private final PropertyMap calendar =
      CollectionProperties.of(HREF, workCalendar(), ANN, Access.OWNER);

  @Test
  void answersWhatDavx5AndAppleAskOfACalendar() {
    PropfindRequest request =
        new PropfindRequest.Props(
            List.of(
                DavNames.RESOURCETYPE,
                DavNames.DISPLAYNAME,
                DavNames.CALENDAR_COLOR,
                DavNames.CALENDAR_ORDER,
                DavNames.CALENDAR_DESCRIPTION,
                DavNames.CALENDAR_TIMEZONE,
                DavNames.SUPPORTED_CALENDAR_COMPONENT_SET,
                DavNames.SUPPORTED_CALENDAR_DATA,
                DavNames.CALDAV_MAX_RESOURCE_SIZE,
                DavNames.GETCTAG,
                DavNames.SYNC_TOKEN,
                DavNames.SUPPORTED_REPORT_SET,
                DavNames.CURRENT_USER_PRIVILEGE_SET,
                DavNames.OWNER,
                DavNames.CURRENT_USER_PRINCIPAL,
                DavNames.GETLASTMODIFIED,
                DavNames.GETETAG,
                new QName("urn:example:x", "note")));
    assertSameXmlAs(render(calendar, request), "/dav/collection-prop.xml");
  }

  @Test
  void allpropGivesTheRfc4918LivePropertiesAndTheDeadOnes() {
    assertSameXmlAs(
        render(calendar, new PropfindRequest.AllProp(List.of(DavNames.GETCTAG))),
        "/dav/collection-allprop.xml");
  }

  @Test
  void propnameListsEveryPropertyWithoutValues() {
    String xml = render(calendar, new PropfindRequest.PropName());
    assertThat(xml).contains("calendar-color").contains("getctag").contains("note");
    assertThat(xml).doesNotContain("Work &amp; play").doesNotContain("kept");
  }

  @Test
  void everyLivePropertyOfACalendarOrAddressBookIsEitherWritableOrProtected() {
    Map<HomeKind, PropertyMap> collections =
        Map.of(
            HomeKind.CALENDARS,
            calendar,
            HomeKind.ADDRESS_BOOKS,
            CollectionProperties.of(
                "/dav/addressbooks/ann@example.org/friends/",
                InMemoryCollection.addressBook(ANN, "friends"),
                ANN,
                Access.OWNER));
    collections.forEach(
        (kind, collection) -> {
          Set<QName> live = new HashSet<>(collection.names());
          live.remove(new QName("urn:example:x", "note"));
          assertThat(live).isNotEmpty();
          for (QName name : live) {
            assertThat(
                    CollectionProperties.writable(kind).contains(name)
                        || CollectionProperties.PROTECTED.contains(name))
                .as("%s of %s must be writable or protected", name, kind)
                .isTrue();
          }
          assertThat(CollectionProperties.writable(kind))
              .doesNotContainAnyElementsOf(CollectionProperties.PROTECTED);
        });
  }

  @Test
  void aDeadPropertyDoesNotHideALiveOneOfTheSameName() {
    CollectionDto dto = workCalendar();
    CollectionDto shadowing =
        new CollectionDto(
            dto.id(),
            dto.owner(),
            dto.name(),
            dto.kind(),
            dto.displayName(),
            dto.color(),
            dto.description(),
            dto.timezone(),
            dto.components(),
            dto.order(),
            Map.of("{DAV:}displayname", "<d:displayname xmlns:d=\"DAV:\">dead</d:displayname>"),
            dto.syncRevision(),
            dto.createdAt(),
            dto.updatedAt());
    String xml =
        render(
            CollectionProperties.of(HREF, shadowing, ANN, Access.OWNER),
            new PropfindRequest.Props(List.of(DavNames.DISPLAYNAME)));
    assertThat(xml).contains("Work &amp; play").doesNotContain("dead");
  }
}
