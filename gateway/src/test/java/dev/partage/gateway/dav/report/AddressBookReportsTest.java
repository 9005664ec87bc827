package dev.partage.gateway.dav.report;

import static dev.partage.gateway.dav.XmlAssertions.assertSameXmlAs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.partage.contracts.collection.AddressData;
import dev.partage.contracts.collection.CardQuery;
import dev.partage.contracts.collection.CardRead;
import dev.partage.contracts.collection.Change;
import dev.partage.contracts.collection.ChangeSet;
import dev.partage.dav.caldav.filter.TextMatch;
import dev.partage.dav.carddav.filter.FilterTest;
import dev.partage.dav.xml.DavException;
import dev.partage.dav.xml.DavNames;
import dev.partage.gateway.dav.InMemoryCollection;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.junit.jupiter.api.Test;

/** addressbook-multiget, addressbook-query and sync-collection on an address book (RFC 6352 8). */
class AddressBookReportsTest {

  private static final String CARD_A = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ann\r\nEND:VCARD\r\n";
  private static final String CARD_B = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Bob\r\nEND:VCARD\r\n";

  private final InMemoryCollection api =
      new InMemoryCollection().withCard("a.vcf", CARD_A).withCard("b c.vcf", CARD_B);

  @Test
  void multigetReadsEveryCardInOneBatchInTheVersionAskedAndAnswersOthersWith404() {
    String body =
        ReportTestSupport.valid(
            """
            <C:addressbook-multiget xmlns:D="DAV:" xmlns:C="urn:ietf:params:xml:ns:carddav">
              <D:prop>
                <D:getetag/>
                <C:address-data content-type="text/vcard" version="4.0">
                  <C:prop name="FN"/>
                </C:address-data>
              </D:prop>
              <D:href>/dav/addressbooks/ann@example.org/friends/a.vcf</D:href>
              <D:href>https://dav.example.org/dav/addressbooks/ann%40example.org/friends/b%20c.vcf</D:href>
              <D:href>/dav/addressbooks/ann@example.org/friends/gone.vcf</D:href>
              <D:href>/dav/calendars/ann@example.org/friends/a.vcf</D:href>
            </C:addressbook-multiget>\
            """);

    Response response = ReportTestSupport.addressBookReport(api, "1", body);

    assertThat(response.getStatus()).isEqualTo(207);
    assertThat(api.cardReads)
        .containsExactly(
            new CardRead(
                List.of("a.vcf", "b c.vcf", "gone.vcf"), new AddressData("4.0", List.of("FN"))));
    assertSameXmlAs((String) response.getEntity(), "/dav/addressbook-multiget-response.xml");
  }

  @Test
  void queryHandsTheFilterLimitAndShapeToTheServiceAndAdds507WhenTruncated() {
    api.queryTruncated = true;
    String body =
        ReportTestSupport.valid(
            """
            <C:addressbook-query xmlns:D="DAV:" xmlns:C="urn:ietf:params:xml:ns:carddav">
              <D:prop><D:getetag/><C:address-data/></D:prop>
              <C:filter test="allof">
                <C:prop-filter name="FN">
                  <C:text-match match-type="starts-with">A</C:text-match>
                </C:prop-filter>
              </C:filter>
              <C:limit><C:nresults>2</C:nresults></C:limit>
            </C:addressbook-query>\
            """);

    Response response = ReportTestSupport.addressBookReport(api, "1", body);

    assertThat(response.getStatus()).isEqualTo(207);
    CardQuery query = api.cardQueries.getFirst();
    assertThat(query.limit()).isEqualTo(2);
    assertThat(query.addressData()).isEqualTo(new AddressData("3.0", List.of()));
    assertThat(query.filter().test()).isEqualTo(FilterTest.ALL_OF);
    assertThat(query.filter().propFilters().getFirst().textMatches().getFirst().matchType())
        .isEqualTo(TextMatch.MatchType.STARTS_WITH);
    assertSameXmlAs((String) response.getEntity(), "/dav/addressbook-query-truncated.xml");
  }

  @Test
  void aQueryWithoutAddressDataAsksTheServiceForNone() {
    String body =
        ReportTestSupport.valid(
            "<C:addressbook-query xmlns:D=\"DAV:\" xmlns:C=\"urn:ietf:params:xml:ns:carddav\">"
                + "<D:prop><D:getetag/></D:prop><C:filter/></C:addressbook-query>");

    String xml = (String) ReportTestSupport.addressBookReport(api, null, body).getEntity();

    assertThat(api.cardQueries.getFirst().addressData()).isNull();
    assertThat(xml).contains("a.vcf").contains("b%20c.vcf").doesNotContain("507");
  }

  @Test
  void aQueryAtDepthZeroMatchesNothingWithoutAskingTheService() {
    String body =
        "<C:addressbook-query xmlns:D=\"DAV:\" xmlns:C=\"urn:ietf:params:xml:ns:carddav\">"
            + "<D:prop><D:getetag/></D:prop><C:filter/></C:addressbook-query>";

    String xml = (String) ReportTestSupport.addressBookReport(api, "0", body).getEntity();

    assertThat(api.cardQueries).isEmpty();
    assertThat(xml).doesNotContain("response");
  }

  @Test
  void syncCollectionRunsOnAnAddressBookWithAddressData() {
    String body =
        ReportTestSupport.valid(
            "<d:sync-collection xmlns:d=\"DAV:\" xmlns:C=\"urn:ietf:params:xml:ns:carddav\">"
                + "<d:sync-token/><d:sync-level>1</d:sync-level>"
                + "<d:prop><d:getetag/><C:address-data/></d:prop></d:sync-collection>");
    api.changeSet = new ChangeSet(12, List.of(new Change("a.vcf", "\"a.vcf-1\"", false)), false);

    String xml = (String) ReportTestSupport.addressBookReport(api, "1", body).getEntity();

    assertThat(xml)
        .contains("/dav/addressbooks/ann@example.org/friends/a.vcf")
        .contains("FN:Ann")
        .contains("http://partage.dev/ns/sync/12");
  }

  @Test
  void calendarReportsAreRefusedOnAnAddressBookAndCardReportsOnACalendar() {
    String calendarQuery =
        "<C:calendar-multiget xmlns:D=\"DAV:\" xmlns:C=\"urn:ietf:params:xml:ns:caldav\">"
            + "<D:href>/dav/addressbooks/ann@example.org/friends/a.vcf</D:href>"
            + "</C:calendar-multiget>";
    String cardQuery =
        "<C:addressbook-query xmlns:C=\"urn:ietf:params:xml:ns:carddav\"><C:filter/>"
            + "</C:addressbook-query>";

    assertThatThrownBy(() -> ReportTestSupport.addressBookReport(api, "1", calendarQuery))
        .isInstanceOfSatisfying(DavException.class, AddressBookReportsTest::isUnsupportedReport)
        .hasMessageContaining("address books");
    assertThatThrownBy(() -> ReportTestSupport.report(api, "1", cardQuery))
        .isInstanceOfSatisfying(DavException.class, AddressBookReportsTest::isUnsupportedReport)
        .hasMessageContaining("calendars");
    assertThat(api.cardQueries).isEmpty();
  }

  private static void isUnsupportedReport(DavException e) {
    assertThat(e.status()).isEqualTo(403);
    assertThat(e.condition()).isEqualTo(DavNames.SUPPORTED_REPORT);
  }
}
