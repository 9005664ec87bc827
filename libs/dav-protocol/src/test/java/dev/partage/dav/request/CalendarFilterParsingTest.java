package dev.partage.dav.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.partage.dav.Fixtures;
import dev.partage.dav.caldav.filter.CompFilter;
import dev.partage.dav.caldav.filter.ParamFilter;
import dev.partage.dav.caldav.filter.PropFilter;
import dev.partage.dav.caldav.filter.TextMatch;
import dev.partage.dav.caldav.filter.TextMatch.Collation;
import dev.partage.dav.caldav.filter.TextMatch.MatchType;
import dev.partage.dav.caldav.filter.TimeRange;
import dev.partage.dav.xml.DavException;
import dev.partage.dav.xml.DavNames;
import dev.partage.dav.xml.SafeXmlReader;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The CALDAV:filter inside calendar-query reports (RFC 4791 section 9.7). */
class CalendarFilterParsingTest {

  @Test
  void readsTextMatchesOnPropertiesAndParameters() {
    CompFilter expected =
        vcalendar(
            new CompFilter(
                "VEVENT",
                false,
                null,
                List.of(
                    new PropFilter(
                        "ATTENDEE",
                        false,
                        null,
                        contains("mailto:lisa@example.com", false),
                        List.of(
                            new ParamFilter("PARTSTAT", false, contains("NEEDS-ACTION", false))))),
                List.of()));

    assertThat(filterOf("requests/report-calendar-query-rfc4791-7.8.7-partstat.xml"))
        .isEqualTo(expected);
  }

  @Test
  void readsIsNotDefinedAndNegatedTextMatchWithTheDefaultCollation() {
    CompFilter expected =
        vcalendar(
            new CompFilter(
                "VTODO",
                false,
                null,
                List.of(
                    new PropFilter("COMPLETED", true, null, null, List.of()),
                    new PropFilter("STATUS", false, null, contains("CANCELLED", true), List.of())),
                List.of()));

    assertThat(filterOf("requests/report-calendar-query-rfc4791-7.8.9-todos.xml"))
        .isEqualTo(expected);
  }

  @Test
  void readsAnOpenEndedRangeAndFoldsComponentNamesToUpperCase() {
    CompFilter expected =
        vcalendar(
            new CompFilter(
                "VEVENT",
                false,
                new TimeRange(Instant.parse("2023-01-01T00:00:00Z"), null),
                List.of(),
                List.of()));

    assertThat(filterOf("requests/report-calendar-query-open-range.xml")).isEqualTo(expected);
  }

  @Test
  void refusesALocalTimeRangeWithValidFilter() {
    DavException refused =
        catchThrowableOfType(
            DavException.class,
            () ->
                ReportParser.parse(
                    Fixtures.xml("requests/report-calendar-query-local-time-range.xml")));

    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.condition()).isEqualTo(DavNames.VALID_FILTER);
    assertThat(refused.getMessage())
        .isEqualTo(
            "CALDAV:time-range has start=\"20060104T000000\"; write a UTC date-time such as"
                + " 20060104T000000Z (RFC 4791 section 9.9).");
  }

  @Test
  void refusesADateThatDoesNotExist() {
    DavException refused =
        refusal(
            "<C:comp-filter name='VEVENT'><C:time-range"
                + " start='20060231T000000Z'/></C:comp-filter>");

    assertThat(refused.condition()).isEqualTo(DavNames.VALID_FILTER);
    assertThat(refused.getMessage()).contains("start=\"20060231T000000Z\"");
  }

  @Test
  void refusesARangeEndingBeforeItStarts() {
    DavException refused =
        refusal(
            "<C:comp-filter name='VEVENT'><C:time-range start='20060105T000000Z'"
                + " end='20060104T000000Z'/></C:comp-filter>");

    assertThat(refused.condition()).isEqualTo(DavNames.VALID_FILTER);
    assertThat(refused.getMessage()).isEqualTo("CALDAV:time-range must end after it starts.");
  }

  @Test
  void refusesARangeWithNeitherStartNorEnd() {
    assertThat(refusal("<C:comp-filter name='VEVENT'><C:time-range/></C:comp-filter>").condition())
        .isEqualTo(DavNames.VALID_FILTER);
  }

  @Test
  void refusesAnUnknownCollationWithSupportedCollation() {
    DavException refused =
        refusal(
            "<C:comp-filter name='VEVENT'><C:prop-filter name='SUMMARY'>"
                + "<C:text-match collation='i;klingon'>x</C:text-match>"
                + "</C:prop-filter></C:comp-filter>");

    assertThat(refused.status()).isEqualTo(403);
    assertThat(refused.condition()).isEqualTo(DavNames.SUPPORTED_COLLATION);
  }

  @Test
  void refusesARootThatIsNotVcalendar() {
    String body =
        "<C:calendar-query xmlns:C='urn:ietf:params:xml:ns:caldav'><C:filter>"
            + "<C:comp-filter name='VEVENT'/></C:filter></C:calendar-query>";

    DavException refused =
        catchThrowableOfType(
            DavException.class, () -> ReportParser.parse(SafeXmlReader.parse(body)));

    assertThat(refused.condition()).isEqualTo(DavNames.VALID_FILTER);
    assertThat(refused.getMessage()).contains("VCALENDAR");
  }

  @Test
  void refusesAQueryWithoutFilter() {
    String body = "<C:calendar-query xmlns:C='urn:ietf:params:xml:ns:caldav'/>";

    DavException refused =
        catchThrowableOfType(
            DavException.class, () -> ReportParser.parse(SafeXmlReader.parse(body)));

    assertThat(refused.condition()).isEqualTo(DavNames.VALID_FILTER);
  }

  @Test
  void refusesAFilterWithoutName() {
    assertThat(refusal("<C:comp-filter/>").getMessage())
        .isEqualTo("Each CALDAV:comp-filter needs a name attribute.");
  }

  @Test
  void refusesIsNotDefinedCombinedWithOtherTests() {
    assertThat(
            refusal(
                    "<C:comp-filter name='VEVENT'><C:prop-filter name='SUMMARY'><C:is-not-defined/>"
                        + "<C:text-match>x</C:text-match></C:prop-filter></C:comp-filter>")
                .condition())
        .isEqualTo(DavNames.VALID_FILTER);
  }

  @Test
  void refusesAnUnknownNegateCondition() {
    assertThat(
            refusal(
                    "<C:comp-filter name='VEVENT'><C:prop-filter name='SUMMARY'>"
                        + "<C:text-match negate-condition='maybe'>x</C:text-match>"
                        + "</C:prop-filter></C:comp-filter>")
                .condition())
        .isEqualTo(DavNames.VALID_FILTER);
  }

  private static CompFilter vcalendar(CompFilter child) {
    return new CompFilter("VCALENDAR", false, null, List.of(), List.of(child));
  }

  private static TextMatch contains(String value, boolean negate) {
    return new TextMatch(value, Collation.ASCII_CASEMAP, negate, MatchType.CONTAINS);
  }

  private static CompFilter filterOf(String fixture) {
    return ((ReportRequest.CalendarQuery) ReportParser.parse(Fixtures.xml(fixture))).filter();
  }

  /** The refusal for a query whose VCALENDAR comp-filter holds {@code innerFilter}. */
  private static DavException refusal(String innerFilter) {
    String body =
        "<C:calendar-query xmlns:C='urn:ietf:params:xml:ns:caldav'><C:filter>"
            + "<C:comp-filter name='VCALENDAR'>"
            + innerFilter
            + "</C:comp-filter></C:filter></C:calendar-query>";
    return catchThrowableOfType(
        DavException.class, () -> ReportParser.parse(SafeXmlReader.parse(body)));
  }
}
