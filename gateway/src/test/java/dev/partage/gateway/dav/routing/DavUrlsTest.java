package dev.partage.gateway.dav.routing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DavUrlsTest {

  @Test
  void segmentsArePercentEncodedAndCollectionsEndInASlash() {
    assertThat(DavUrls.principal("ann lee@example.org"))
        .isEqualTo("/dav/principals/ann%20lee@example.org/");
    assertThat(DavUrls.calendarHome("ann@example.org"))
        .isEqualTo("/dav/calendars/ann@example.org/");
    assertThat(DavUrls.collection("ann@example.org", "été"))
        .isEqualTo("/dav/calendars/ann@example.org/%C3%A9t%C3%A9/");
    assertThat(DavUrls.object("ann@example.org", "work", "a/b?.ics"))
        .isEqualTo("/dav/calendars/ann@example.org/work/a%2Fb%3F.ics");
  }

  @Test
  void whatDavUrlsWritesDavPathsReadsBack() {
    String href = DavUrls.object("ann lee@example.org", "Work Stuff", "x y.ics");
    assertThat(DavPaths.parse(href))
        .isEqualTo(new DavTarget.CalendarObject("ann lee@example.org", "Work Stuff", "x y.ics"));
  }

  @Test
  void theCalendarUserAddressIsAMailtoUri() {
    assertThat(DavUrls.mailto("ann@example.org")).isEqualTo("mailto:ann@example.org");
  }
}
