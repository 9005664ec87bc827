package dev.partage.e2e;

import static dev.partage.e2e.support.Xml.CALDAV;
import static dev.partage.e2e.support.Xml.DAV;
import static org.assertj.core.api.Assertions.assertThat;

import dev.partage.e2e.StackExtension.Stack;
import dev.partage.e2e.support.Dav;
import dev.partage.e2e.support.DavError;
import dev.partage.e2e.support.Ics;
import dev.partage.e2e.support.Multistatus;
import dev.partage.e2e.support.Xml;
import io.restassured.response.Response;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Calendar object resources: PUT, GET, HEAD, DELETE with their preconditions (RFC 9110 section
 * 13.1), COPY and MOVE (RFC 4918 sections 9.8 and 9.9), and the collection's change markers.
 */
@ExtendWith(StackExtension.class)
class CalendarObjectIT {

  @Test
  void putCreatesThenReplacesAndGetReturnsExactlyWhatWasPut(Stack stack) {
    Dav gilles = Dav.as(stack, Dav.GILLES);
    String calendar = gilles.newCalendar("put");
    String object = calendar + "standup.ics";
    String first = Ics.singleEvent("standup-1", "20261201T090000Z", "20261201T091500Z", "Stand-up");
    String second = Ics.singleEvent("standup-1", "20261201T093000Z", "20261201T094500Z", "Stand-up, later");

    Response created = gilles.request().contentType(Dav.ICALENDAR).body(first).put(object);
    assertThat(created.statusCode()).isEqualTo(201);
    String firstTag = created.header("ETag");
    // RFC 4791 section 5.3.4: clients compare ETags byte for byte; a weak one would be useless.
    assertThat(firstTag).startsWith("\"").endsWith("\"");

    Response replaced = gilles.request().contentType(Dav.ICALENDAR).body(second).put(object);
    assertThat(replaced.statusCode()).isEqualTo(204);
    String secondTag = replaced.header("ETag");
    assertThat(secondTag).startsWith("\"").isNotEqualTo(firstTag);

    Response read = gilles.request().get(object);
    assertThat(read.statusCode()).isEqualTo(200);
    assertThat(read.contentType()).startsWith("text/calendar");
    assertThat(read.header("ETag")).isEqualTo(secondTag);
    assertThat(read.asString()).isEqualTo(second);

    Response head = gilles.request().head(object);
    assertThat(head.statusCode()).isEqualTo(200);
    assertThat(head.header("ETag")).isEqualTo(secondTag);
    assertThat(head.contentType()).startsWith("text/calendar");
    assertThat(head.asString()).isEmpty();
  }

  @Test
  void conditionalRequestsRefuseStaleOrExistingResources(Stack stack) {
    Dav gilles = Dav.as(stack, Dav.GILLES);
    String calendar = gilles.newCalendar("conditional");
    String object = calendar + "review.ics";
    String original = Ics.singleEvent("review-1", "20261202T140000Z", "20261202T150000Z", "Review");
    String etag = gilles.create(object, original);
    String edit = Ics.singleEvent("review-1", "20261202T160000Z", "20261202T170000Z", "Review moved");

    gilles.request().contentType(Dav.ICALENDAR).header("If-Match", "\"not-the-etag\"").body(edit)
        .put(object).then().statusCode(412);
    gilles.request().contentType(Dav.ICALENDAR).header("If-None-Match", "*").body(edit)
        .put(object).then().statusCode(412);
    gilles.request().header("If-Match", "\"not-the-etag\"").delete(object).then().statusCode(412);
    assertThat(gilles.request().get(object).asString()).isEqualTo(original);

    String newTag =
        gilles.request().contentType(Dav.ICALENDAR).header("If-Match", etag).body(edit)
            .put(object).then().statusCode(204).extract().header("ETag");
    gilles.request().header("If-Match", etag).delete(object).then().statusCode(412);
    gilles.request().header("If-Match", newTag).delete(object).then().statusCode(204);
    gilles.request().get(object).then().statusCode(404);
  }

  @Test
  void everyWriteChangesTheCtagAndSyncToken(Stack stack) {
    Dav gilles = Dav.as(stack, Dav.GILLES);
    String calendar = gilles.newCalendar("versions");
    String other = gilles.newCalendar("versions-other");
    String object = calendar + "sprint.ics";
    Dav.Version empty = gilles.version(calendar);

    gilles.create(object, Ics.singleEvent("sprint-1", "20261203T080000Z", "20261203T090000Z", "Sprint"));
    Dav.Version afterCreate = gilles.version(calendar);
    gilles.request().contentType(Dav.ICALENDAR)
        .body(Ics.singleEvent("sprint-1", "20261203T083000Z", "20261203T093000Z", "Sprint"))
        .put(object).then().statusCode(204);
    Dav.Version afterReplace = gilles.version(calendar);
    Dav.Version otherBefore = gilles.version(other);
    gilles.copy(object, other + "sprint-copy.ics", "T").then().statusCode(201);
    Dav.Version otherAfterCopyIn = gilles.version(other);
    gilles.request().delete(other + "sprint-copy.ics").then().statusCode(204);
    Dav.Version otherAfterDelete = gilles.version(other);
    gilles.move(object, other + "sprint.ics", "T").then().statusCode(201);
    Dav.Version afterMoveOut = gilles.version(calendar);
    Dav.Version otherAfterMoveIn = gilles.version(other);

    assertThat(List.of(empty, afterCreate, afterReplace, afterMoveOut))
        .extracting(Dav.Version::ctag).doesNotHaveDuplicates();
    assertThat(List.of(empty, afterCreate, afterReplace, afterMoveOut))
        .extracting(Dav.Version::syncToken).doesNotHaveDuplicates();
    assertThat(List.of(otherBefore, otherAfterCopyIn, otherAfterDelete, otherAfterMoveIn))
        .extracting(Dav.Version::ctag).doesNotHaveDuplicates();
    assertThat(List.of(otherBefore, otherAfterCopyIn, otherAfterDelete, otherAfterMoveIn))
        .extracting(Dav.Version::syncToken).doesNotHaveDuplicates();
  }

  @Test
  void copyInsideOneCalendarIsRefusedBecauseTheUidWouldBeTwice(Stack stack) {
    Dav gilles = Dav.as(stack, Dav.GILLES);
    String calendar = gilles.newCalendar("copy-same");
    String source = calendar + "source.ics";
    gilles.create(source, Ics.singleEvent("copy-same-1", "20261204T100000Z", "20261204T110000Z", "Copy"));

    Response refused =
        gilles.request().header("Destination", gilles.url(calendar + "copy.ics")).request("COPY", source);

    // RFC 4791 section 5.3.2.1: no-uid-conflict also guards COPY, as 403 or 409 (section 1.3).
    assertThat(refused.statusCode()).isIn(403, 409);
    DavError error = DavError.parse(refused.asString());
    assertThat(error.conditions()).containsExactly(Xml.name(CALDAV, "no-uid-conflict"));
    assertThat(error.hrefs()).extracting(href -> gilles.pathOf(href, source))
        .containsExactly(source);
    gilles.request().get(calendar + "copy.ics").then().statusCode(404);
  }

  @Test
  void moveInsideOneCalendarRenamesTheResource(Stack stack) {
    Dav gilles = Dav.as(stack, Dav.GILLES);
    String calendar = gilles.newCalendar("move-same");
    String body = Ics.singleEvent("move-same-1", "20261205T100000Z", "20261205T110000Z", "Rename me");
    gilles.create(calendar + "old-name.ics", body);

    gilles.move(calendar + "old-name.ics", calendar + "new-name.ics", "F").then().statusCode(201);

    gilles.request().get(calendar + "old-name.ics").then().statusCode(404);
    assertThat(gilles.request().get(calendar + "new-name.ics").asString()).isEqualTo(body);
    assertThat(gilles.propfind(calendar, "1", Dav.VERSION_PROPERTIES).hrefs())
        .containsExactlyInAnyOrder(calendar, calendar + "new-name.ics");
  }

  @Test
  void copyAndMoveBetweenCalendarsHonourOverwrite(Stack stack) {
    Dav gilles = Dav.as(stack, Dav.GILLES);
    String work = gilles.newCalendar("copy-from");
    String home = gilles.newCalendar("copy-to");
    String body = Ics.singleEvent("between-1", "20261206T100000Z", "20261206T110000Z", "Shared slot");
    gilles.create(work + "slot.ics", body);

    gilles.copy(work + "slot.ics", home + "slot.ics", "T").then().statusCode(201);
    assertThat(gilles.request().get(home + "slot.ics").asString()).isEqualTo(body);
    assertThat(gilles.request().get(work + "slot.ics").asString()).isEqualTo(body);

    // RFC 4918 section 9.8.5: an existing destination is replaced (204) unless Overwrite is F.
    gilles.copy(work + "slot.ics", home + "slot.ics", "T").then().statusCode(204);
    gilles.copy(work + "slot.ics", home + "slot.ics", "F").then().statusCode(412);
    gilles.move(work + "slot.ics", home + "slot.ics", "F").then().statusCode(412);
    gilles.request().get(work + "slot.ics").then().statusCode(200);

    gilles.move(work + "slot.ics", home + "slot.ics", "T").then().statusCode(204);
    gilles.request().get(work + "slot.ics").then().statusCode(404);
    assertThat(gilles.request().get(home + "slot.ics").asString()).isEqualTo(body);

    String another = Ics.singleEvent("between-2", "20261207T100000Z", "20261207T110000Z", "Another");
    gilles.create(work + "another.ics", another);
    gilles.move(work + "another.ics", home + "another.ics", "F").then().statusCode(201);
    gilles.request().get(work + "another.ics").then().statusCode(404);
    assertThat(gilles.request().get(home + "another.ics").asString()).isEqualTo(another);
  }

}
