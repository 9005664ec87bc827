package dev.partage.ical;

import static dev.partage.ical.Fixtures.parse;
import static dev.partage.ical.Fixtures.resource;
import static dev.partage.ical.Fixtures.rfc;
import static dev.partage.ical.Fixtures.utc;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class FreeBusyReportTest {

  /**
   * RFC 4791 section 7.10.1: abcd3 is tentative at 15:00Z, abcd2's moved instance busy at 19:00Z.
   */
  @Test
  void section_7_10_1_free_busy_of_the_appendix_collection() {
    List<CalendarObject> collection =
        IntStream.rangeClosed(1, 8).mapToObj(i -> rfc("abcd" + i)).toList();

    String report =
        FreeBusyReport.render(
            collection, utc("20060104T140000Z"), utc("20060105T000000Z"), utc("20060206T000000Z"));

    assertThat(report).isEqualTo(resource("expected/rfc4791-7.10.1-freebusy.ics"));
  }

  @Test
  void overlapping_busy_time_is_merged_clipped_and_transparent_or_cancelled_events_are_left_out() {
    List<CalendarObject> events =
        List.of(
            event("a", "20260105T090000Z", "20260105T110000Z", ""),
            event("b", "20260105T100000Z", "20260105T120000Z", ""),
            event("c", "20260105T070000Z", "20260105T083000Z", ""),
            event("d", "20260105T130000Z", "20260105T140000Z", "TRANSP:TRANSPARENT"),
            event("e", "20260105T150000Z", "20260105T160000Z", "STATUS:CANCELLED"));

    String report =
        FreeBusyReport.render(
            events, utc("20260105T080000Z"), utc("20260105T180000Z"), utc("20260101T000000Z"));

    // Unfold (RFC 5545 section 3.1) before looking for the merged periods.
    assertThat(report.replace("\r\n ", ""))
        .contains(
            "FREEBUSY;FBTYPE=BUSY:20260105T080000Z/20260105T083000Z,20260105T090000Z/20260105T120000Z\r\n")
        .doesNotContain("20260105T130000Z")
        .doesNotContain("20260105T150000Z");
  }

  private static CalendarObject event(String uid, String start, String end, String extra) {
    return parse(
        "BEGIN:VEVENT",
        "UID:" + uid,
        "DTSTAMP:20260101T000000Z",
        "DTSTART:" + start,
        "DTEND:" + end,
        extra.isEmpty() ? "SUMMARY:" + uid : extra,
        "END:VEVENT");
  }
}
