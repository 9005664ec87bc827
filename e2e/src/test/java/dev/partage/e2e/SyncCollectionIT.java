package dev.partage.e2e;

import static dev.partage.e2e.support.Xml.DAV;
import static org.assertj.core.api.Assertions.assertThat;

import dev.partage.e2e.StackExtension.Stack;
import dev.partage.e2e.support.Dav;
import dev.partage.e2e.support.DavError;
import dev.partage.e2e.support.Ics;
import dev.partage.e2e.support.Multistatus;
import dev.partage.e2e.support.Xml;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The DAV:sync-collection REPORT (RFC 6578) as DAVx5 and iOS drive it. */
@ExtendWith(StackExtension.class)
class SyncCollectionIT {

  @Test
  void anEmptyTokenListsEverythingAndALaterTokenOnlyTheChanges(Stack stack) {
    Dav gilles = Dav.as(stack, Dav.GILLES);
    String calendar = gilles.newCalendar("sync");
    gilles.create(calendar + "kept.ics", event("kept"));
    gilles.create(calendar + "edited.ics", event("edited"));
    gilles.create(calendar + "deleted.ics", event("deleted"));

    Multistatus initial = sync(gilles, calendar, "");
    assertThat(initial.hrefs())
        .containsExactlyInAnyOrder(
            calendar + "kept.ics", calendar + "edited.ics", calendar + "deleted.ics");
    assertThat(initial.entries().values())
        .allSatisfy(entry -> assertThat(entry.okText(DAV, "getetag")).isNotBlank());
    String token = initial.syncToken().orElseThrow();

    String editedTag =
        gilles.request().contentType(Dav.ICALENDAR)
            .body(Ics.singleEvent("edited", "20261110T140000Z", "20261110T150000Z", "edited, later"))
            .put(calendar + "edited.ics").then().statusCode(204).extract().header("ETag");
    gilles.request().delete(calendar + "deleted.ics").then().statusCode(204);
    String addedTag = gilles.create(calendar + "added.ics", event("added"));

    Multistatus changes = sync(gilles, calendar, token);
    assertThat(changes.hrefs())
        .containsExactlyInAnyOrder(
            calendar + "edited.ics", calendar + "deleted.ics", calendar + "added.ics");
    assertThat(changes.entry(calendar + "edited.ics").okText(DAV, "getetag")).isEqualTo(editedTag);
    assertThat(changes.entry(calendar + "added.ics").okText(DAV, "getetag")).isEqualTo(addedTag);
    // RFC 6578 section 3.5.2: a removed member is a response with a 404 status and no propstat.
    Multistatus.Entry tombstone = changes.entry(calendar + "deleted.ics");
    assertThat(tombstone.status()).contains(404);
    assertThat(tombstone.properties()).isEmpty();
    assertThat(changes.syncToken()).get().isNotEqualTo(token);

    Multistatus nothingNew = sync(gilles, calendar, changes.syncToken().orElseThrow());
    assertThat(nothingNew.hrefs()).isEmpty();
  }

  @Test
  void anUnknownTokenIsRefusedWithValidSyncToken(Stack stack) {
    Dav gilles = Dav.as(stack, Dav.GILLES);
    String calendar = gilles.newCalendar("sync-unknown");

    String answer =
        gilles.request()
            .header("Depth", "0")
            .contentType(Dav.XML)
            .body(syncRequest("urn:example:not-a-token-of-this-server", ""))
            .request("REPORT", calendar)
            .then()
            .statusCode(403)
            .extract()
            .asString();

    // RFC 6578 section 3.2: the client then restarts with an empty token.
    assertThat(DavError.parse(answer).conditions()).containsExactly(Xml.name(DAV, "valid-sync-token"));
  }

  @Test
  void aLimitTruncatesWith507AndATokenThatContinues(Stack stack) {
    Dav gilles = Dav.as(stack, Dav.GILLES);
    String calendar = gilles.newCalendar("sync-limit");
    Set<String> members = new LinkedHashSet<>();
    for (String name : new String[] {"one", "two", "three"}) {
      gilles.create(calendar + name + ".ics", event(name));
      members.add(calendar + name + ".ics");
    }

    Multistatus firstPage = limitedSync(gilles, calendar, "");
    // RFC 6578 section 3.6: the request-URI answered 507 tells the client that more remain.
    Multistatus.Entry requestUri = firstPage.entry(calendar);
    assertThat(requestUri.status()).contains(507);
    assertThat(firstPage.hrefs()).hasSize(2);

    Set<String> seen = new LinkedHashSet<>(members(firstPage, calendar));
    Multistatus page = firstPage;
    for (int more = 0; more < members.size() && truncated(page, calendar); more++) {
      page = limitedSync(gilles, calendar, page.syncToken().orElseThrow());
      assertThat(members(page, calendar)).hasSize(1);
      seen.addAll(members(page, calendar));
    }

    assertThat(truncated(page, calendar)).isFalse();
    assertThat(seen).containsExactlyInAnyOrderElementsOf(members);
    assertThat(limitedSync(gilles, calendar, page.syncToken().orElseThrow()).hrefs()).isEmpty();
  }

  private static Multistatus limitedSync(Dav dav, String calendar, String token) {
    return dav.report(calendar, "0", syncRequest(token, "<d:limit><d:nresults>1</d:nresults></d:limit>"));
  }

  private static boolean truncated(Multistatus page, String calendar) {
    return page.entries().containsKey(calendar);
  }

  private static List<String> members(Multistatus page, String calendar) {
    return page.hrefs().stream().filter(href -> !href.equals(calendar)).toList();
  }

  private static Multistatus sync(Dav dav, String calendar, String token) {
    return dav.report(calendar, "0", syncRequest(token, ""));
  }

  private static String syncRequest(String token, String limit) {
    return """
        <d:sync-collection xmlns:d="DAV:">
          <d:sync-token>%s</d:sync-token>
          <d:sync-level>1</d:sync-level>
          %s
          <d:prop><d:getetag/></d:prop>
        </d:sync-collection>"""
        .formatted(token, limit);
  }

  private static String event(String uid) {
    return Ics.singleEvent(uid, "20261110T100000Z", "20261110T110000Z", uid);
  }
}
