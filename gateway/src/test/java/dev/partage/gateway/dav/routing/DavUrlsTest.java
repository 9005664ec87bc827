package dev.partage.gateway.dav.routing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DavUrlsTest {

  @Test
  void segmentsArePercentEncodedAndCollectionsEndInASlash() {
    assertThat(DavUrls.principal("ann lee@example.org"))
        .isEqualTo("/dav/principals/ann%20lee@example.org/");
    assertThat(DavUrls.home(HomeKind.CALENDARS, "ann@example.org"))
        .isEqualTo("/dav/calendars/ann@example.org/");
    assertThat(DavUrls.collection(HomeKind.CALENDARS, "ann@example.org", "été"))
        .isEqualTo("/dav/calendars/ann@example.org/%C3%A9t%C3%A9/");
    assertThat(DavUrls.member(HomeKind.CALENDARS, "ann@example.org", "work", "a/b?.ics"))
        .isEqualTo("/dav/calendars/ann@example.org/work/a%2Fb%3F.ics");
  }

  @Test
  void whatDavUrlsWritesDavPathsReadsBackInBothHomes() {
    for (HomeKind kind : HomeKind.values()) {
      DavTarget.Member member =
          new DavTarget.Member(kind, "ann lee@example.org", "Work Stuff", "x y");
      assertThat(DavPaths.parse(member.href())).isEqualTo(member);
      assertThat(DavPaths.parse(member.parent().href())).isEqualTo(member.parent());
      assertThat(DavPaths.parse(DavUrls.home(kind, "ann lee@example.org")))
          .isEqualTo(new DavTarget.Home(kind, "ann lee@example.org"));
    }
  }

  @Test
  void theAddressBookHomeIsUnderAddressbooks() {
    assertThat(DavUrls.collection(HomeKind.ADDRESS_BOOKS, "ann@example.org", "friends"))
        .isEqualTo("/dav/addressbooks/ann@example.org/friends/");
  }

  @Test
  void theCalendarUserAddressIsAMailtoUri() {
    assertThat(DavUrls.mailto("ann@example.org")).isEqualTo("mailto:ann@example.org");
  }
}
