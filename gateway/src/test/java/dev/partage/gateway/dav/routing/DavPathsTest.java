package dev.partage.gateway.dav.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.partage.dav.xml.DavException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DavPathsTest {

  @ParameterizedTest
  @ValueSource(strings = {"/", "", "/dav", "/dav/"})
  void theServerRootAndTheDavRootAreTheRoot(String path) {
    assertThat(DavPaths.parse(path)).isEqualTo(new DavTarget.Root());
  }

  @Test
  void principalUrlNamesTheUserDecodedAndInLowerCase() {
    assertThat(DavPaths.parse("/dav/principals/Ann%20Lee@Example.org/"))
        .isEqualTo(new DavTarget.Principal("ann lee@example.org"));
  }

  @Test
  void calendarsUrlsNameHomeCollectionAndObject() {
    assertThat(DavPaths.parse("/dav/calendars/ann@example.org/"))
        .isEqualTo(new DavTarget.Home(HomeKind.CALENDARS, "ann@example.org"));
    assertThat(DavPaths.parse("/dav/calendars/ann@example.org/work/"))
        .isEqualTo(new DavTarget.Collection(HomeKind.CALENDARS, "ann@example.org", "work"));
    assertThat(DavPaths.parse("/dav/calendars/ann@example.org/work/a%20b.ics"))
        .isEqualTo(new DavTarget.Member(HomeKind.CALENDARS, "ann@example.org", "work", "a b.ics"));
  }

  @Test
  void addressBookUrlsNameHomeBookAndCardInTheAddressBookHome() {
    assertThat(DavPaths.parse("/dav/addressbooks/Ann@example.org/"))
        .isEqualTo(new DavTarget.Home(HomeKind.ADDRESS_BOOKS, "ann@example.org"));
    assertThat(DavPaths.parse("/dav/addressbooks/ann@example.org/friends/"))
        .isEqualTo(new DavTarget.Collection(HomeKind.ADDRESS_BOOKS, "ann@example.org", "friends"));
    assertThat(DavPaths.parse("/dav/addressbooks/ann@example.org/friends/b%20c.vcf"))
        .isEqualTo(
            new DavTarget.Member(HomeKind.ADDRESS_BOOKS, "ann@example.org", "friends", "b c.vcf"));
  }

  @Test
  void theSameNamesInTheTwoHomesAreDifferentTargets() {
    assertThat(DavPaths.parse("/dav/addressbooks/ann@example.org/work/"))
        .isNotEqualTo(DavPaths.parse("/dav/calendars/ann@example.org/work/"));
  }

  @Test
  void aCollectionWithoutItsTrailingSlashIsStillTheCollection() {
    assertThat(DavPaths.parse("/dav/calendars/ann@example.org/work"))
        .isEqualTo(new DavTarget.Collection(HomeKind.CALENDARS, "ann@example.org", "work"));
  }

  @Test
  void namesKeepTheirCaseOnlyTheUserIsLowerCased() {
    assertThat(DavPaths.parse("/dav/calendars/ANN@example.org/Work/Event.ics"))
        .isEqualTo(
            new DavTarget.Member(HomeKind.CALENDARS, "ann@example.org", "Work", "Event.ics"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/dav/principals/",
        "/dav/principals/ann@example.org/extra/",
        "/dav/calendars/",
        "/dav/calendars/ann@example.org/work/event.ics/more",
        "/dav/addressbooks/",
        "/dav/contacts/ann@example.org/",
        "/dav/addressbooks/ann@example.org/friends/c.vcf/more",
        "/other/principals/ann@example.org/",
        "/dav//calendars/ann@example.org/",
        "/dav/calendars/ann@example.org//event.ics"
      })
  void anythingElseIsUnknown(String path) {
    assertThat(DavPaths.parse(path)).isEqualTo(new DavTarget.Unknown());
  }

  @Test
  void anEncodedSlashInANameIsRefused() {
    assertThatThrownBy(() -> DavPaths.parse("/dav/calendars/ann@example.org/a%2Fb/"))
        .isInstanceOfSatisfying(DavException.class, e -> assertThat(e.status()).isEqualTo(400))
        .hasMessageContaining("'/'");
  }

  @Test
  void aBrokenEscapeIsABadRequest() {
    assertThatThrownBy(() -> DavPaths.parse("/dav/calendars/ann@example.org/a%zz/"))
        .isInstanceOfSatisfying(DavException.class, e -> assertThat(e.status()).isEqualTo(400));
  }

  @Test
  void hrefsMayBeFullUrlsOrAbsolutePaths() {
    DavTarget expected =
        new DavTarget.Member(HomeKind.CALENDARS, "ann@example.org", "work", "e 1.ics");
    assertThat(
            DavPaths.parseHref(
                "https://dav.example.org/dav/calendars/ann@example.org/work/e%201.ics"))
        .isEqualTo(expected);
    assertThat(DavPaths.parseHref(" /dav/calendars/ann%40example.org/work/e%201.ics "))
        .isEqualTo(expected);
  }

  @Test
  void aRelativeOrMalformedHrefIsABadRequest() {
    assertThatThrownBy(() -> DavPaths.parseHref("work/e.ics"))
        .isInstanceOfSatisfying(DavException.class, e -> assertThat(e.status()).isEqualTo(400));
    assertThatThrownBy(() -> DavPaths.parseHref("http://x/a b"))
        .isInstanceOfSatisfying(DavException.class, e -> assertThat(e.status()).isEqualTo(400));
  }
}
