package dev.partage.dav.xml;

import static org.assertj.core.api.Assertions.assertThat;

import dev.partage.dav.Fixtures;
import org.junit.jupiter.api.Test;

class DavErrorBodyTest {

  @Test
  void namesTheConflictingResourceInsideNoUidConflict() {
    DavException conflict =
        new DavException(
            403,
            DavNames.NO_UID_CONFLICT,
            "Another event in this calendar already has this UID.",
            "/dav/calendars/a%20b@x.org/work/existing.ics");

    String body = DavErrorBody.render(conflict);

    assertThat(body)
        .startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<d:error xmlns:d=\"DAV:\">");
    assertThat(SafeXmlReader.parse(body))
        .isEqualTo(Fixtures.xml("responses/error-no-uid-conflict.xml"));
  }

  @Test
  void carriesOnlyTheSentenceWhenNoConditionApplies() {
    String body =
        DavErrorBody.render(DavException.badRequest("The body is <broken> & unreadable."));

    assertThat(SafeXmlReader.parse(body))
        .isEqualTo(Fixtures.xml("responses/error-bad-request.xml"));
  }

  @Test
  void factoriesSetTheStatusAndCondition() {
    assertThat(DavException.forbidden(DavNames.NEED_PRIVILEGES, "x").status()).isEqualTo(403);
    assertThat(DavException.conflict(DavNames.CALENDAR_COLLECTION_LOCATION_OK, "x").status())
        .isEqualTo(409);
    assertThat(DavException.notFound().status()).isEqualTo(404);
    assertThat(DavException.preconditionFailed("x").status()).isEqualTo(412);
    DavException media = DavException.unsupportedMediaType(DavNames.SUPPORTED_CALENDAR_DATA, "x");
    assertThat(media.status()).isEqualTo(415);
    assertThat(media.condition()).isEqualTo(DavNames.SUPPORTED_CALENDAR_DATA);
    assertThat(media.href()).isNull();
  }
}
