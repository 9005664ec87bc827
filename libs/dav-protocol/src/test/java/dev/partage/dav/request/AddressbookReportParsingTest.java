package dev.partage.dav.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.partage.dav.Fixtures;
import dev.partage.dav.caldav.filter.ParamFilter;
import dev.partage.dav.caldav.filter.TextMatch;
import dev.partage.dav.carddav.filter.CardFilter;
import dev.partage.dav.carddav.filter.CardPropFilter;
import dev.partage.dav.carddav.filter.FilterTest;
import dev.partage.dav.xml.DavException;
import dev.partage.dav.xml.DavNames;
import dev.partage.dav.xml.SafeXmlReader;
import java.util.List;
import org.junit.jupiter.api.Test;

/** CARDDAV:addressbook-query and addressbook-multiget bodies (RFC 6352 sections 8.6 and 8.7). */
class AddressbookReportParsingTest {

  private static final List<String> PARTIAL = List.of("VERSION", "UID", "NICKNAME", "EMAIL", "FN");

  @Test
  void readsTheQueryOfSection864() {
    ReportRequest request =
        ReportParser.parse(Fixtures.xml("requests/report-addressbook-query-rfc6352-8.6.4.xml"));

    CardFilter nicknameIsMe =
        new CardFilter(
            FilterTest.ANY_OF,
            List.of(
                new CardPropFilter(
                    "NICKNAME",
                    FilterTest.ANY_OF,
                    false,
                    List.of(
                        new TextMatch(
                            "me",
                            TextMatch.Collation.UNICODE_CASEMAP,
                            false,
                            TextMatch.MatchType.EQUALS)),
                    List.of())));
    assertThat(request)
        .isEqualTo(
            new ReportRequest.AddressbookQuery(
                List.of(DavNames.GETETAG, DavNames.ADDRESS_DATA),
                new AddressDataRequest("3.0", PARTIAL),
                nicknameIsMe,
                null));
  }

  @Test
  void readsTheLimitedQueryOfSection865() {
    ReportRequest.AddressbookQuery request =
        (ReportRequest.AddressbookQuery)
            ReportParser.parse(
                Fixtures.xml("requests/report-addressbook-query-rfc6352-8.6.5-limit.xml"));

    assertThat(request.limit()).isEqualTo(2);
    assertThat(request.filter().test()).isEqualTo(FilterTest.ANY_OF);
    assertThat(request.filter().propFilters())
        .extracting(CardPropFilter::name)
        .containsExactly("FN", "EMAIL");
    assertThat(request.filter().propFilters().get(1).textMatches())
        .containsExactly(
            new TextMatch(
                "daboo", TextMatch.Collation.UNICODE_CASEMAP, false, TextMatch.MatchType.CONTAINS));
  }

  @Test
  void readsTheMultigetOfSection871WithTheVersionAsked() {
    ReportRequest request =
        ReportParser.parse(Fixtures.xml("requests/report-addressbook-multiget-rfc6352-8.7.1.xml"));

    assertThat(request)
        .isEqualTo(
            new ReportRequest.AddressbookMultiget(
                List.of(DavNames.GETETAG, DavNames.ADDRESS_DATA),
                new AddressDataRequest("4.0", List.of()),
                List.of(
                    "/home/bernard/addressbook/vcf102.vcf", "/home/bernard/addressbook/vcf1.vcf")));
  }

  @Test
  void aMultigetWithoutAddressDataAsksForNone() {
    ReportRequest.AddressbookMultiget request =
        (ReportRequest.AddressbookMultiget)
            parse(
                "<C:addressbook-multiget xmlns:D=\"DAV:\""
                    + " xmlns:C=\"urn:ietf:params:xml:ns:carddav\">"
                    + "<D:prop><D:getetag/></D:prop><D:href>/a.vcf</D:href>"
                    + "</C:addressbook-multiget>");

    assertThat(request.addressData()).isNull();
    assertThat(request.properties()).containsExactly(DavNames.GETETAG);
  }

  @Test
  void readsAllofParamFiltersIsNotDefinedAndNegationWithTheirDefaults() {
    ReportRequest.AddressbookQuery request =
        (ReportRequest.AddressbookQuery)
            parse(
                query(
                    "<C:filter test=\"allof\">"
                        + "<C:prop-filter name=\"email\" test=\"allof\">"
                        + "<C:text-match negate-condition=\"yes\">example.com</C:text-match>"
                        + "<C:param-filter name=\"type\">"
                        + "<C:text-match match-type=\"starts-with\">WO</C:text-match>"
                        + "</C:param-filter>"
                        + "<C:param-filter name=\"pref\"><C:is-not-defined/></C:param-filter>"
                        + "</C:prop-filter>"
                        + "<C:prop-filter name=\"TEL\"><C:is-not-defined/></C:prop-filter>"
                        + "</C:filter>"));

    CardPropFilter email =
        new CardPropFilter(
            "EMAIL",
            FilterTest.ALL_OF,
            false,
            List.of(
                new TextMatch(
                    "example.com",
                    TextMatch.Collation.UNICODE_CASEMAP,
                    true,
                    TextMatch.MatchType.CONTAINS)),
            List.of(
                new ParamFilter(
                    "TYPE",
                    false,
                    new TextMatch(
                        "WO",
                        TextMatch.Collation.UNICODE_CASEMAP,
                        false,
                        TextMatch.MatchType.STARTS_WITH)),
                new ParamFilter("PREF", true, null)));
    CardPropFilter noPhone =
        new CardPropFilter("TEL", FilterTest.ANY_OF, true, List.of(), List.of());
    assertThat(request.filter())
        .isEqualTo(new CardFilter(FilterTest.ALL_OF, List.of(email, noPhone)));
    assertThat(request.addressData()).isNull();
  }

  @Test
  void anEmptyFilterMatchesEveryCard() {
    ReportRequest.AddressbookQuery request =
        (ReportRequest.AddressbookQuery) parse(query("<C:filter/>"));

    assertThat(request.filter()).isEqualTo(CardFilter.matchAll());
  }

  @Test
  void anUnsupportedCollationIsA403SupportedCollation() {
    DavException refused =
        refusal(
            query(
                "<C:filter><C:prop-filter name=\"FN\">"
                    + "<C:text-match collation=\"i;klingon\">x</C:text-match>"
                    + "</C:prop-filter></C:filter>"));

    assertThat(refused.status()).isEqualTo(403);
    assertThat(refused.condition()).isEqualTo(DavNames.CARDDAV_SUPPORTED_COLLATION);
  }

  @Test
  void aBadMatchTypeIsA400() {
    DavException refused =
        refusal(
            query(
                "<C:filter><C:prop-filter name=\"FN\">"
                    + "<C:text-match match-type=\"sounds-like\">x</C:text-match>"
                    + "</C:prop-filter></C:filter>"));

    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.getMessage()).contains("sounds-like");
  }

  @Test
  void aBadTestIsA400() {
    assertThat(refusal(query("<C:filter test=\"oneof\"/>")).status()).isEqualTo(400);
  }

  @Test
  void isNotDefinedWithOtherTestsIsA400() {
    DavException refused =
        refusal(
            query(
                "<C:filter><C:prop-filter name=\"FN\"><C:is-not-defined/>"
                    + "<C:text-match>x</C:text-match></C:prop-filter></C:filter>"));

    assertThat(refused.status()).isEqualTo(400);
  }

  @Test
  void aQueryWithoutFilterIsA400() {
    assertThat(refusal(query("")).status()).isEqualTo(400);
  }

  @Test
  void aNonPositiveLimitIsA400() {
    DavException refused =
        refusal(query("<C:filter/><C:limit><C:nresults>0</C:nresults></C:limit>"));

    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.getMessage()).contains("CARDDAV:nresults");
  }

  @Test
  void addressDataInAnotherTypeOrVersionIsA403SupportedAddressData() {
    for (String attributes :
        List.of("content-type=\"application/vcard+json\"", "version=\"2.1\"")) {
      DavException refused =
          refusal(
              "<C:addressbook-multiget xmlns:D=\"DAV:\" xmlns:C=\"urn:ietf:params:xml:ns:carddav\">"
                  + "<D:prop><C:address-data "
                  + attributes
                  + "/></D:prop><D:href>/a.vcf</D:href></C:addressbook-multiget>");

      assertThat(refused.status()).isEqualTo(403);
      assertThat(refused.condition()).isEqualTo(DavNames.SUPPORTED_ADDRESS_DATA);
    }
  }

  @Test
  void aMultigetWithoutHrefsIsA400() {
    DavException refused =
        refusal(
            "<C:addressbook-multiget xmlns:D=\"DAV:\" xmlns:C=\"urn:ietf:params:xml:ns:carddav\">"
                + "<D:prop><D:getetag/></D:prop></C:addressbook-multiget>");

    assertThat(refused.status()).isEqualTo(400);
  }

  private static String query(String filterAndLimit) {
    return "<C:addressbook-query xmlns:D=\"DAV:\" xmlns:C=\"urn:ietf:params:xml:ns:carddav\">"
        + "<D:prop><D:getetag/></D:prop>"
        + filterAndLimit
        + "</C:addressbook-query>";
  }

  private static ReportRequest parse(String body) {
    return ReportParser.parse(SafeXmlReader.parse(body));
  }

  private static DavException refusal(String body) {
    return catchThrowableOfType(DavException.class, () -> parse(body));
  }
}
