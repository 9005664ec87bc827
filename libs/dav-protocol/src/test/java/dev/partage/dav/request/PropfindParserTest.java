package dev.partage.dav.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.partage.dav.Fixtures;
import dev.partage.dav.xml.DavException;
import dev.partage.dav.xml.DavNames;
import dev.partage.dav.xml.SafeXmlReader;
import java.util.List;
import javax.xml.namespace.QName;
import org.junit.jupiter.api.Test;

class PropfindParserTest {

  @Test
  void noBodyMeansAllprop() {
    assertThat(PropfindParser.parse(null)).isEqualTo(new PropfindRequest.AllProp(List.of()));
  }

  @Test
  void readsTheNamedPropertiesInRequestOrder() {
    PropfindRequest request =
        PropfindParser.parse(Fixtures.xml("requests/propfind-davx5-calendar-home.xml"));

    assertThat(request)
        .isEqualTo(
            new PropfindRequest.Props(
                List.of(
                    DavNames.CURRENT_USER_PRIVILEGE_SET,
                    DavNames.DISPLAYNAME,
                    DavNames.RESOURCETYPE,
                    DavNames.SUPPORTED_CALENDAR_COMPONENT_SET,
                    DavNames.CALENDAR_DESCRIPTION,
                    DavNames.CALENDAR_COLOR,
                    DavNames.GETCTAG,
                    DavNames.SYNC_TOKEN)));
  }

  @Test
  void readsAOneLineBodyWithGeneratedPrefixes() {
    assertThat(PropfindParser.parse(Fixtures.xml("requests/propfind-one-line-principal.xml")))
        .isEqualTo(new PropfindRequest.Props(List.of(DavNames.CURRENT_USER_PRINCIPAL)));
  }

  @Test
  void readsAllpropWithInclude() {
    assertThat(PropfindParser.parse(Fixtures.xml("requests/propfind-rfc4918-allprop-include.xml")))
        .isEqualTo(
            new PropfindRequest.AllProp(
                List.of(
                    new QName("DAV:", "supported-live-property-set"),
                    DavNames.SUPPORTED_REPORT_SET)));
  }

  @Test
  void readsPropname() {
    assertThat(PropfindParser.parse(Fixtures.xml("requests/propfind-rfc4918-propname.xml")))
        .isEqualTo(new PropfindRequest.PropName());
  }

  @Test
  void refusesAnotherRootElement() {
    DavException refused =
        catchThrowableOfType(
            DavException.class,
            () -> PropfindParser.parse(Fixtures.xml("requests/proppatch-rfc4918.xml")));

    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.getMessage())
        .isEqualTo("The PROPFIND body must be a DAV:propfind element, not DAV:propertyupdate.");
  }

  @Test
  void refusesAPropfindAskingForNothing() {
    DavException refused =
        catchThrowableOfType(
            DavException.class,
            () -> PropfindParser.parse(SafeXmlReader.parse("<propfind xmlns='DAV:'/>")));

    assertThat(refused.status()).isEqualTo(400);
  }
}
