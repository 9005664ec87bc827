package dev.partage.dav.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.partage.dav.Fixtures;
import dev.partage.dav.caldav.filter.CompFilter;
import dev.partage.dav.caldav.filter.TimeRange;
import dev.partage.dav.xml.DavException;
import dev.partage.dav.xml.DavNames;
import dev.partage.dav.xml.SafeXmlReader;
import java.time.Instant;
import java.util.List;
import javax.xml.namespace.QName;
import org.junit.jupiter.api.Test;

class ReportParserTest {

  private static final TimeRange JAN_4 =
      new TimeRange(Instant.parse("2006-01-04T00:00:00Z"), Instant.parse("2006-01-05T00:00:00Z"));

  @Test
  void readsACalendarMultiget() {
    ReportRequest request =
        ReportParser.parse(Fixtures.xml("requests/report-calendar-multiget-rfc4791-7.9.1.xml"));

    assertThat(request)
        .isEqualTo(
            new ReportRequest.CalendarMultiget(
                List.of(DavNames.GETETAG, DavNames.CALENDAR_DATA),
                CalendarDataRequest.whole(),
                List.of("/bernard/work/abcd1.ics", "/bernard/work/mtg%201.ics")));
  }

  @Test
  void readsACalendarQueryWithPartialCalendarDataAsTheWholeObject() {
    ReportRequest request =
        ReportParser.parse(Fixtures.xml("requests/report-calendar-query-rfc4791-7.8.1.xml"));

    CompFilter expected =
        new CompFilter(
            "VCALENDAR",
            false,
            null,
            List.of(),
            List.of(new CompFilter("VEVENT", false, JAN_4, List.of(), List.of())));
    assertThat(request)
        .isEqualTo(
            new ReportRequest.CalendarQuery(
                List.of(DavNames.CALENDAR_DATA), CalendarDataRequest.whole(), expected, null));
  }

  @Test
  void readsExpandOnCalendarData() {
    ReportRequest.CalendarQuery request =
        (ReportRequest.CalendarQuery)
            ReportParser.parse(
                Fixtures.xml("requests/report-calendar-query-rfc4791-7.8.3-expand.xml"));

    TimeRange expand =
        new TimeRange(Instant.parse("2006-01-03T00:00:00Z"), Instant.parse("2006-01-05T00:00:00Z"));
    assertThat(request.calendarData()).isEqualTo(new CalendarDataRequest(expand, null));
    assertThat(request.filter().compFilters().get(0).timeRange()).isEqualTo(expand);
  }

  @Test
  void leavesCalendarDataNullWhenNotRequested() {
    ReportRequest.CalendarQuery request =
        (ReportRequest.CalendarQuery)
            ReportParser.parse(Fixtures.xml("requests/report-calendar-query-open-range.xml"));

    assertThat(request.properties()).containsExactly(DavNames.GETETAG);
    assertThat(request.calendarData()).isNull();
  }

  @Test
  void readsAnInitialSyncCollection() {
    ReportRequest request =
        ReportParser.parse(Fixtures.xml("requests/report-sync-collection-rfc6578-initial.xml"));

    assertThat(request)
        .isEqualTo(
            new ReportRequest.SyncCollection(
                "",
                false,
                null,
                List.of(DavNames.GETETAG, new QName("urn:ns.example.com:boxschema", "bigbox"))));
  }

  @Test
  void readsALimitedInfiniteSyncCollection() {
    ReportRequest request =
        ReportParser.parse(Fixtures.xml("requests/report-sync-collection-rfc6578-limited.xml"));

    assertThat(request)
        .isEqualTo(
            new ReportRequest.SyncCollection(
                "http://example.com/ns/sync/1234", true, 100, List.of(DavNames.GETETAG)));
  }

  @Test
  void readsAMissingSyncLevelAsOne() {
    ReportRequest.SyncCollection request =
        (ReportRequest.SyncCollection)
            ReportParser.parse(
                SafeXmlReader.parse(
                    "<sync-collection xmlns='DAV:'><sync-token>t1</sync-token>"
                        + "<prop><getetag/></prop></sync-collection>"));

    assertThat(request.infiniteDepth()).isFalse();
    assertThat(request.syncToken()).isEqualTo("t1");
  }

  @Test
  void refusesABadSyncLevelOrLimit() {
    String level =
        "<sync-collection"
            + " xmlns='DAV:'><sync-token/><sync-level>2</sync-level><prop/></sync-collection>";
    String limit =
        "<sync-collection xmlns='DAV:'><sync-token/><sync-level>1</sync-level>"
            + "<limit><nresults>-3</nresults></limit><prop/></sync-collection>";

    assertThat(refusal(level).status()).isEqualTo(400);
    assertThat(refusal(limit).getMessage()).contains("\"-3\"");
  }

  @Test
  void readsAFreeBusyQuery() {
    assertThat(ReportParser.parse(Fixtures.xml("requests/report-free-busy-rfc4791-7.10.xml")))
        .isEqualTo(
            new ReportRequest.FreeBusyQuery(
                new TimeRange(
                    Instant.parse("2006-01-04T14:00:00Z"), Instant.parse("2006-01-05T22:00:00Z"))));
  }

  @Test
  void refusesAnUnknownReportWithSupportedReport() {
    DavException refused =
        catchThrowableOfType(
            DavException.class,
            () -> ReportParser.parse(Fixtures.xml("requests/report-expand-property-rfc3253.xml")));

    assertThat(refused.status()).isEqualTo(403);
    assertThat(refused.condition()).isEqualTo(DavNames.SUPPORTED_REPORT);
    assertThat(refused.getMessage()).isEqualTo("The report DAV:expand-property is not supported.");
  }

  @Test
  void listsTheSupportedReports() {
    assertThat(ReportParser.supportedReports())
        .containsExactlyInAnyOrder(
            DavNames.CALENDAR_MULTIGET,
            DavNames.CALENDAR_QUERY,
            DavNames.SYNC_COLLECTION,
            DavNames.FREE_BUSY_QUERY,
            DavNames.ADDRESSBOOK_MULTIGET,
            DavNames.ADDRESSBOOK_QUERY);
  }

  @Test
  void refusesAMultigetWithoutHrefs() {
    String body =
        "<C:calendar-multiget xmlns:D='DAV:' xmlns:C='urn:ietf:params:xml:ns:caldav'>"
            + "<D:prop><D:getetag/></D:prop></C:calendar-multiget>";

    assertThat(refusal(body).status()).isEqualTo(400);
  }

  @Test
  void refusesCalendarDataInAnotherFormat() {
    String body =
        "<C:calendar-multiget xmlns:D='DAV:' xmlns:C='urn:ietf:params:xml:ns:caldav'>"
            + "<D:prop><C:calendar-data content-type='application/calendar+json'/></D:prop>"
            + "<D:href>/a.ics</D:href></C:calendar-multiget>";

    DavException refused = refusal(body);
    assertThat(refused.status()).isEqualTo(403);
    assertThat(refused.condition()).isEqualTo(DavNames.SUPPORTED_CALENDAR_DATA);
  }

  @Test
  void refusesAnExpandWithoutEnd() {
    String body =
        "<C:calendar-multiget xmlns:D='DAV:' xmlns:C='urn:ietf:params:xml:ns:caldav'>"
            + "<D:prop><C:calendar-data><C:expand start='20060103T000000Z'/></C:calendar-data>"
            + "</D:prop><D:href>/a.ics</D:href></C:calendar-multiget>";

    DavException refused = refusal(body);
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.getMessage())
        .isEqualTo("CALDAV:expand needs both a start and an end attribute.");
  }

  @Test
  void refusesAFreeBusyQueryWithoutTimeRange() {
    assertThat(refusal("<C:free-busy-query xmlns:C='urn:ietf:params:xml:ns:caldav'/>").status())
        .isEqualTo(400);
  }

  @Test
  void refusesAMissingBody() {
    assertThat(catchThrowableOfType(DavException.class, () -> ReportParser.parse(null)).status())
        .isEqualTo(400);
  }

  private static DavException refusal(String body) {
    return catchThrowableOfType(
        DavException.class, () -> ReportParser.parse(SafeXmlReader.parse(body)));
  }
}
