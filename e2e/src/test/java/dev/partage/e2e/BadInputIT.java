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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Bad input never gets a 500 and never leaves anything half stored: each refusal is a 4xx with a
 * DAV:error naming the precondition (RFC 4918 section 16, RFC 4791 section 5.3.2.1) and a sentence.
 */
@ExtendWith(StackExtension.class)
class BadInputIT {

  private static final String XXE_DISPLAYNAME =
      """
      <?xml version="1.0"?>
      <!DOCTYPE d:propertyupdate [<!ENTITY passwd SYSTEM "file:///etc/passwd">]>
      <d:propertyupdate xmlns:d="DAV:">
        <d:set><d:prop><d:displayname>&passwd;</d:displayname></d:prop></d:set>
      </d:propertyupdate>""";

  private static final String XXE_PROPFIND =
      """
      <?xml version="1.0"?>
      <!DOCTYPE d:propfind [<!ENTITY passwd SYSTEM "file:///etc/passwd">]>
      <d:propfind xmlns:d="DAV:"><d:prop><d:displayname/></d:prop>&passwd;</d:propfind>""";

  /** Ten levels of ten: a billion "lol" if a parser expanded the entities. */
  private static final String BILLION_LAUGHS =
      """
      <?xml version="1.0"?>
      <!DOCTYPE lolz [
        <!ENTITY lol "lol">
        <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
        <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
        <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
        <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
        <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
        <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
        <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
        <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
        <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
      ]>
      <d:propfind xmlns:d="DAV:"><d:prop><d:displayname>&lol9;</d:displayname></d:prop></d:propfind>""";

  private static final String DISPLAYNAME =
      "<d:propfind xmlns:d=\"DAV:\"><d:prop><d:displayname/></d:prop></d:propfind>";

  private static final int TEN_MIB = 10 * 1024 * 1024;

  @Test
  void malformedXmlIsA400WithADavErrorBody(Stack stack) {
    Dav gilles = Dav.as(stack, Dav.GILLES);
    String calendar = gilles.newCalendar("malformed");

    Response answer =
        gilles.request().header("Depth", "0").contentType(Dav.XML)
            .body("<d:propfind xmlns:d=\"DAV:\"><d:prop><d:displayname/></d:propfind>")
            .request("PROPFIND", calendar);

    DavError.of(answer, 400);
  }

  @Test
  void anExternalEntityIsNeitherReadNorStored(Stack stack) {
    Dav gilles = Dav.as(stack, Dav.GILLES);
    String calendar = gilles.newCalendar("xxe");

    Response propfind =
        gilles.request().header("Depth", "0").contentType(Dav.XML).body(XXE_PROPFIND)
            .request("PROPFIND", calendar);
    Response proppatch =
        gilles.request().contentType(Dav.XML).body(XXE_DISPLAYNAME).request("PROPPATCH", calendar);

    for (Response answer : new Response[] {propfind, proppatch}) {
      assertThat(answer.statusCode()).isBetween(400, 499);
      assertThat(answer.asString()).doesNotContain("root:");
      DavError.of(answer, answer.statusCode());
    }
    Multistatus.Entry stored = gilles.propfind(calendar, "0", DISPLAYNAME).entry(calendar);
    assertThat(stored.property(DAV, "displayname").value().getTextContent()).doesNotContain("root:");
  }

  @Test
  void aBillionLaughsIsRefusedWithoutExpandingIt(Stack stack) {
    Dav gilles = Dav.as(stack, Dav.GILLES);
    String calendar = gilles.newCalendar("laughs");

    Response answer =
        gilles.request().header("Depth", "0").contentType(Dav.XML).body(BILLION_LAUGHS)
            .request("PROPFIND", calendar);

    assertThat(answer.statusCode()).isBetween(400, 499);
    DavError.of(answer, answer.statusCode());
    assertThat(answer.asString()).doesNotContain("lollollol");
  }

  @Test
  void aCalendarObjectOverTenMebibytesIs413AndNotStored(Stack stack) {
    Dav gilles = Dav.as(stack, Dav.GILLES);
    String calendar = gilles.newCalendar("too-large");
    String huge =
        Ics.calendar(
            Ics.lines(
                "BEGIN:VEVENT", "UID:too-large", "DTSTAMP:20260101T000000Z",
                "DTSTART:20261110T100000Z", "DTEND:20261110T110000Z",
                "DESCRIPTION:" + "x".repeat(TEN_MIB), "END:VEVENT"));

    Response answer =
        gilles.request().contentType(Dav.ICALENDAR).body(huge).put(calendar + "huge.ics");

    // RFC 4791 section 5.3.2.1: the precondition names CALDAV:max-resource-size.
    assertThat(DavError.of(answer, 413).conditions())
        .containsExactly(Xml.name(CALDAV, "max-resource-size"));
    gilles.request().get(calendar + "huge.ics").then().statusCode(404);
  }

  @Test
  void invalidICalendarIsRefusedAndNotStored(Stack stack) {
    Dav gilles = Dav.as(stack, Dav.GILLES);
    String calendar = gilles.newCalendar("invalid-ics");
    String broken =
        Ics.lines(
            "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Partage//e2e//EN",
            "BEGIN:VEVENT", "UID:broken", "DTSTART:not-a-date", "END:VCALENDAR");

    Response answer = gilles.request().contentType(Dav.ICALENDAR).body(broken).put(calendar + "broken.ics");

    assertThat(DavError.of(answer, 403).conditions())
        .containsExactly(Xml.name(CALDAV, "valid-calendar-data"));
    gilles.request().get(calendar + "broken.ics").then().statusCode(404);
  }

  @Test
  void twoUidsInOneResourceAreRefused(Stack stack) {
    Dav gilles = Dav.as(stack, Dav.GILLES);
    String calendar = gilles.newCalendar("two-uids");
    String twoEvents =
        Ics.calendar(
            Ics.event("first-uid", "20261110T100000Z", "20261110T110000Z", "First"),
            Ics.event("second-uid", "20261111T100000Z", "20261111T110000Z", "Second"));

    Response answer = gilles.request().contentType(Dav.ICALENDAR).body(twoEvents).put(calendar + "two.ics");

    // RFC 4791 section 4.1: one calendar object resource holds the components of one UID.
    assertThat(DavError.of(answer, 403).conditions())
        .containsExactly(Xml.name(CALDAV, "valid-calendar-object-resource"));
    gilles.request().get(calendar + "two.ics").then().statusCode(404);
  }

  @Test
  void aSecondResourceWithAnExistingUidNamesTheFirst(Stack stack) {
    Dav gilles = Dav.as(stack, Dav.GILLES);
    String calendar = gilles.newCalendar("uid-conflict");
    String event = Ics.singleEvent("shared-uid", "20261110T100000Z", "20261110T110000Z", "Once");
    gilles.create(calendar + "original.ics", event);

    Response answer = gilles.request().contentType(Dav.ICALENDAR).body(event).put(calendar + "duplicate.ics");

    DavError error = DavError.of(answer, 403);
    assertThat(error.conditions()).containsExactly(Xml.name(CALDAV, "no-uid-conflict"));
    assertThat(error.hrefs())
        .extracting(href -> gilles.pathOf(href, calendar + "duplicate.ics"))
        .containsExactly(calendar + "original.ics");
    gilles.request().get(calendar + "duplicate.ics").then().statusCode(404);
  }

  @Test
  void aPutThatIsNotICalendarIs415(Stack stack) {
    Dav gilles = Dav.as(stack, Dav.GILLES);
    String calendar = gilles.newCalendar("text-plain");

    Response answer =
        gilles.request().contentType("text/plain")
            .body(Ics.singleEvent("plain", "20261110T100000Z", "20261110T110000Z", "Plain"))
            .put(calendar + "plain.ics");

    assertThat(DavError.of(answer, 415).conditions())
        .containsExactly(Xml.name(CALDAV, "supported-calendar-data"));
    gilles.request().get(calendar + "plain.ics").then().statusCode(404);
  }

  @Test
  void anUnknownReportIsRefusedWithSupportedReport(Stack stack) {
    Dav gilles = Dav.as(stack, Dav.GILLES);
    String calendar = gilles.newCalendar("unknown-report");

    Response answer =
        gilles.request().header("Depth", "0").contentType(Dav.XML)
            .body("<x:inventory xmlns:x=\"urn:example:e2e\"/>")
            .request("REPORT", calendar);

    // RFC 3253 section 3.6: DAV:supported-report.
    assertThat(DavError.of(answer, 403).conditions())
        .containsExactly(Xml.name(DAV, "supported-report"));
  }

  @Test
  void lockIsNotAllowedBecauseThereIsNoClass2(Stack stack) {
    Dav gilles = Dav.as(stack, Dav.GILLES);
    String calendar = gilles.newCalendar("lock");
    gilles.create(calendar + "locked.ics",
        Ics.singleEvent("locked", "20261110T100000Z", "20261110T110000Z", "Locked"));

    Response answer =
        gilles.request().contentType(Dav.XML)
            .body(
                """
                <d:lockinfo xmlns:d="DAV:">
                  <d:lockscope><d:exclusive/></d:lockscope><d:locktype><d:write/></d:locktype>
                </d:lockinfo>""")
            .request("LOCK", calendar + "locked.ics");

    DavError.of(answer, 405);
    // RFC 9110 section 15.5.6: a 405 lists the methods the resource does support.
    assertThat(answer.header("Allow")).isNotBlank().contains("PUT").doesNotContain("LOCK");
  }
}
