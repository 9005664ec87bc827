package dev.partage.gateway.dav.report;

import static dev.partage.gateway.dav.XmlAssertions.assertSameXmlAs;
import static org.assertj.core.api.Assertions.assertThat;

import dev.partage.gateway.dav.InMemoryCollection;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.junit.jupiter.api.Test;

class CalendarMultigetReportTest {

  @Test
  void fetchesEveryHrefInOneBatchAndAnswersMissingOnesWith404() {
    InMemoryCollection api =
        new InMemoryCollection()
            .with("a.ics", "BEGIN:VCALENDAR\r\nX-A:1\r\nEND:VCALENDAR\r\n")
            .with("b c.ics", "BEGIN:VCALENDAR\r\nX-B:2\r\nEND:VCALENDAR\r\n");
    String body =
        ReportTestSupport.valid(
            """
            <C:calendar-multiget xmlns:D="DAV:" xmlns:C="urn:ietf:params:xml:ns:caldav">
              <D:prop><D:getetag/><C:calendar-data/></D:prop>
              <D:href>/dav/calendars/ann@example.org/work/a.ics</D:href>
              <D:href>https://dav.example.org/dav/calendars/ann%40example.org/work/b%20c.ics</D:href>
              <D:href>/dav/calendars/ann@example.org/work/gone.ics</D:href>
              <D:href>/dav/calendars/ann@example.org/home/a.ics</D:href>
            </C:calendar-multiget>\
            """);

    Response response = ReportTestSupport.report(api, "0", body);

    assertThat(response.getStatus()).isEqualTo(207);
    assertThat(api.multigets).containsExactly(List.of("a.ics", "b c.ics", "gone.ics"));
    assertSameXmlAs((String) response.getEntity(), "/dav/multiget-response.xml");
  }
}
