package dev.partage.gateway.dav.property;

import static dev.partage.gateway.dav.XmlAssertions.assertSameXmlAs;
import static dev.partage.gateway.dav.property.PropertyFixtures.ANN;
import static dev.partage.gateway.dav.property.PropertyFixtures.render;

import dev.partage.dav.request.PropfindRequest;
import dev.partage.dav.xml.DavNames;
import dev.partage.gateway.dav.access.Access;
import dev.partage.gateway.dav.routing.DavTarget;
import dev.partage.gateway.dav.routing.HomeKind;
import java.util.List;
import org.junit.jupiter.api.Test;

class PrincipalAndHomePropertiesTest {

  @Test
  void thePrincipalLeadsToTheOneCalendarHome() {
    PropfindRequest discovery =
        new PropfindRequest.Props(
            List.of(
                DavNames.RESOURCETYPE,
                DavNames.DISPLAYNAME,
                DavNames.PRINCIPAL_URL,
                DavNames.CURRENT_USER_PRINCIPAL,
                DavNames.CALENDAR_HOME_SET,
                DavNames.CALENDAR_USER_ADDRESS_SET,
                DavNames.OWNER,
                DavNames.ADDRESSBOOK_HOME_SET));
    assertSameXmlAs(render(PrincipalProperties.of(ANN, ANN), discovery), "/dav/principal-prop.xml");
  }

  @Test
  void theHomeIsAPlainCollectionWithoutSyncToken() {
    PropfindRequest request =
        new PropfindRequest.Props(
            List.of(
                DavNames.RESOURCETYPE,
                DavNames.DISPLAYNAME,
                DavNames.CURRENT_USER_PRINCIPAL,
                DavNames.OWNER,
                DavNames.SUPPORTED_REPORT_SET,
                DavNames.SYNC_TOKEN,
                DavNames.GETCTAG));
    assertSameXmlAs(
        render(
            HomeProperties.of(new DavTarget.Home(HomeKind.CALENDARS, ANN), ANN, Access.OWNER),
            request),
        "/dav/home-prop.xml");
  }

  @Test
  void theRootNamesTheCurrentUserPrincipal() {
    PropfindRequest request =
        new PropfindRequest.Props(List.of(DavNames.CURRENT_USER_PRINCIPAL, DavNames.RESOURCETYPE));
    assertSameXmlAs(render(RootProperties.of("/", ANN), request), "/dav/root-prop.xml");
  }
}
