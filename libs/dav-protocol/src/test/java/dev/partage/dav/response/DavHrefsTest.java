package dev.partage.dav.response;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.partage.dav.xml.DavException;
import org.junit.jupiter.api.Test;

class DavHrefsTest {

  @Test
  void encodesOnlyWhatPcharDoesNotAllow() {
    assertThat(DavHrefs.encodeSegment("a b@x.org")).isEqualTo("a%20b@x.org");
    assertThat(DavHrefs.encodeSegment("équipe/tech?#%")).isEqualTo("%C3%A9quipe%2Ftech%3F%23%25");
    assertThat(DavHrefs.encodeSegment("a-b_c.d~e!$&'()*+,;=:")).isEqualTo("a-b_c.d~e!$&'()*+,;=:");
    assertThat(DavHrefs.encodeSegment("😀")).isEqualTo("%F0%9F%98%80");
  }

  @Test
  void decodingUndoesEncoding() {
    for (String segment : new String[] {"a b@x.org", "équipe/tech?#%", "😀 x", "a+b"}) {
      assertThat(DavHrefs.decodeSegment(DavHrefs.encodeSegment(segment))).isEqualTo(segment);
    }
  }

  @Test
  void keepsPlusSignsAndDecodesLowerCaseEscapes() {
    assertThat(DavHrefs.decodeSegment("a+b%c3%a9")).isEqualTo("a+bé");
  }

  @Test
  void refusesMalformedEscapesAndInvalidUtf8() {
    for (String bad : new String[] {"abc%", "abc%2", "abc%zz", "%C3%28"}) {
      DavException refused =
          catchThrowableOfType(DavException.class, () -> DavHrefs.decodeSegment(bad));
      assertThat(refused.status()).as(bad).isEqualTo(400);
    }
  }

  @Test
  void buildsCollectionAndObjectHrefs() {
    assertThat(DavHrefs.collectionHref("dav", "calendars", "a b@x.org", "work"))
        .isEqualTo("/dav/calendars/a%20b@x.org/work/");
    assertThat(DavHrefs.objectHref("dav", "calendars", "a b@x.org", "work", "ev 1.ics"))
        .isEqualTo("/dav/calendars/a%20b@x.org/work/ev%201.ics");
    assertThat(DavHrefs.collectionHref()).isEqualTo("/");
  }
}
