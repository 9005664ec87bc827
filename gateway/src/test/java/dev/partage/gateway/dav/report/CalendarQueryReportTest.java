package dev.partage.gateway.dav.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.partage.contracts.collection.QueryRequest;
import dev.partage.gateway.dav.InMemoryCollection;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class CalendarQueryReportTest {

  private static final String WEEK_QUERY =
      """
      <c:calendar-query xmlns:d="DAV:" xmlns:c="urn:ietf:params:xml:ns:caldav">
       <d:prop><d:getetag/><c:calendar-data>
         <c:expand start="20261130T000000Z" end="20261207T000000Z"/></c:calendar-data></d:prop>
       <c:filter><c:comp-filter name="VCALENDAR"><c:comp-filter name="VEVENT">
        <c:time-range start="20261130T000000Z" end="20261207T000000Z"/>
       </c:comp-filter></c:comp-filter></c:filter>
      </c:calendar-query>\
      """;

  @Test
  void theFilterAndTheExpansionGoToTheServiceInOneCall() {
    InMemoryCollection api =
        new InMemoryCollection().with("a.ics", "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n");
    String xml =
        (String)
            ReportTestSupport.report(api, "1", ReportTestSupport.valid(WEEK_QUERY)).getEntity();
    assertThat(api.queries).hasSize(1);
    QueryRequest query = api.queries.get(0);
    assertThat(query.withData()).isTrue();
    assertThat(query.expand().start()).isEqualTo(Instant.parse("2026-11-30T00:00:00Z"));
    assertThat(query.filter().compFilters().get(0).name()).isEqualTo("VEVENT");
    assertThat(xml)
        .contains("/dav/calendars/ann@example.org/work/a.ics")
        .contains("BEGIN:VCALENDAR");
  }

  @Test
  void withoutCalendarDataTheServiceNeedNotReadBodies() {
    InMemoryCollection api = new InMemoryCollection();
    String etagsOnly = WEEK_QUERY.replaceAll("(?s)<c:calendar-data>.*</c:calendar-data>", "");
    ReportTestSupport.report(api, "1", ReportTestSupport.valid(etagsOnly));
    assertThat(api.queries.get(0).withData()).isFalse();
    assertThat(api.queries.get(0).expand()).isNull();
  }

  @Test
  void depthZeroQueriesTheCalendarItselfWhichIsNoCalendarObject() {
    InMemoryCollection api =
        new InMemoryCollection().with("a.ics", "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n");
    String xml =
        (String)
            ReportTestSupport.report(api, "0", ReportTestSupport.valid(WEEK_QUERY)).getEntity();
    assertThat(api.queries).isEmpty();
    assertThat(xml).doesNotContain("a.ics");
  }
}
