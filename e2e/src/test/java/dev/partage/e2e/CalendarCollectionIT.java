package dev.partage.e2e;

import static dev.partage.e2e.support.Xml.APPLE_ICAL;
import static dev.partage.e2e.support.Xml.CALDAV;
import static dev.partage.e2e.support.Xml.CALSERVER;
import static dev.partage.e2e.support.Xml.DAV;
import static org.assertj.core.api.Assertions.assertThat;

import dev.partage.e2e.StackExtension.Stack;
import dev.partage.e2e.support.DavError;
import dev.partage.e2e.support.Dav;
import dev.partage.e2e.support.Ics;
import dev.partage.e2e.support.Multistatus;
import dev.partage.e2e.support.Xml;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.w3c.dom.Element;

/** Calendar collections: MKCALENDAR, their properties, PROPPATCH and DELETE (RFC 4791 section 5). */
@ExtendWith(StackExtension.class)
class CalendarCollectionIT {

  private static final String DESCRIBED_PROPERTIES =
      """
      <d:propfind xmlns:d="DAV:" xmlns:c="urn:ietf:params:xml:ns:caldav"
                  xmlns:i="http://apple.com/ns/ical/" xmlns:x="urn:example:e2e">
        <d:prop>
          <d:displayname/><i:calendar-color/><c:calendar-description/><c:calendar-timezone/>
          <x:note/>
        </d:prop>
      </d:propfind>""";

  private static final String COLLECTION_PROPERTIES =
      """
      <d:propfind xmlns:d="DAV:" xmlns:c="urn:ietf:params:xml:ns:caldav"
                  xmlns:cs="http://calendarserver.org/ns/">
        <d:prop>
          <d:resourcetype/><cs:getctag/><d:sync-token/><d:supported-report-set/>
          <d:current-user-privilege-set/><c:supported-calendar-data/><c:max-resource-size/>
          <d:owner/>
        </d:prop>
      </d:propfind>""";

  private static final String COMPONENT_SET =
      """
      <d:propfind xmlns:d="DAV:" xmlns:c="urn:ietf:params:xml:ns:caldav">
        <d:prop><c:supported-calendar-component-set/></d:prop>
      </d:propfind>""";

  @Test
  void mkcalendarStoresTheInitialPropertiesItWasGiven(Stack stack) {
    Dav gilles = Dav.as(stack, Dav.GILLES);

    String calendar =
        gilles.newCalendar(
            "described",
            """
            <c:mkcalendar xmlns:d="DAV:" xmlns:c="urn:ietf:params:xml:ns:caldav"
                          xmlns:i="http://apple.com/ns/ical/">
              <d:set><d:prop>
                <d:displayname>Équipe tech</d:displayname>
                <i:calendar-color>#3A87ADFF</i:calendar-color>
                <c:calendar-description>Astreintes et mises en production</c:calendar-description>
                <c:calendar-timezone><![CDATA[%s]]></c:calendar-timezone>
              </d:prop></d:set>
            </c:mkcalendar>"""
                .formatted(Ics.calendar(Ics.PARIS_TIMEZONE)));

    Multistatus.Entry entry = gilles.propfind(calendar, "0", DESCRIBED_PROPERTIES).entry(calendar);
    assertThat(entry.okText(DAV, "displayname")).isEqualTo("Équipe tech");
    assertThat(entry.okText(APPLE_ICAL, "calendar-color")).isEqualTo("#3A87ADFF");
    assertThat(entry.okText(CALDAV, "calendar-description"))
        .isEqualTo("Astreintes et mises en production");
    assertThat(Ics.unfold(entry.okText(CALDAV, "calendar-timezone")))
        .contains("BEGIN:VTIMEZONE", "TZID:Europe/Paris", "TZOFFSETTO:+0200");
    // RFC 4918 section 9.1: a property the resource does not have is a 404 in its own propstat.
    assertThat(entry.property("urn:example:e2e", "note").status()).isEqualTo(404);
  }

  @Test
  void aCalendarCreatedWithoutAComponentSetHoldsEvents(Stack stack) {
    Dav gilles = Dav.as(stack, Dav.GILLES);
    String calendar = gilles.newCalendar("default-components");

    Element set =
        gilles.propfind(calendar, "0", COMPONENT_SET)
            .entry(calendar)
            .ok(CALDAV, "supported-calendar-component-set");

    assertThat(componentNames(set)).containsExactly("VEVENT");
  }

  @Test
  void aVeventAndVtodoCalendarAcceptsBothAndRefusesAJournal(Stack stack) {
    Dav gilles = Dav.as(stack, Dav.GILLES);
    String calendar =
        gilles.newCalendar(
            "events-and-tasks",
            """
            <c:mkcalendar xmlns:d="DAV:" xmlns:c="urn:ietf:params:xml:ns:caldav">
              <d:set><d:prop>
                <c:supported-calendar-component-set>
                  <c:comp name="VEVENT"/><c:comp name="VTODO"/>
                </c:supported-calendar-component-set>
              </d:prop></d:set>
            </c:mkcalendar>""");

    Element set =
        gilles.propfind(calendar, "0", COMPONENT_SET)
            .entry(calendar)
            .ok(CALDAV, "supported-calendar-component-set");
    assertThat(componentNames(set)).containsExactlyInAnyOrder("VEVENT", "VTODO");

    gilles.create(calendar + "meeting.ics",
        Ics.singleEvent("meeting-1", "20261201T100000Z", "20261201T110000Z", "Meeting"));
    gilles.create(calendar + "task.ics", Ics.todo("task-1", "Prepare the meeting"));

    String journal =
        Ics.calendar(
            Ics.lines(
                "BEGIN:VJOURNAL",
                "UID:journal-1",
                "DTSTAMP:20260101T000000Z",
                "SUMMARY:Notes",
                "END:VJOURNAL"));
    String refusal =
        gilles.request()
            .contentType(Dav.ICALENDAR)
            .body(journal)
            .put(calendar + "journal.ics")
            .then()
            .statusCode(403)
            .extract()
            .asString();
    // RFC 4791 section 5.3.2.1: a component outside the set breaks supported-calendar-component.
    assertThat(DavError.parse(refusal).conditions())
        .containsExactly(Xml.name(CALDAV, "supported-calendar-component"));
    gilles.request().get(calendar + "journal.ics").then().statusCode(404);
  }

  @Test
  void propfindDepthOneListsTheCollectionAndItsMembersDepthZeroOnlyTheCollection(Stack stack) {
    Dav gilles = Dav.as(stack, Dav.GILLES);
    String calendar = gilles.newCalendar("depth");
    gilles.create(calendar + "one.ics",
        Ics.singleEvent("depth-1", "20261201T100000Z", "20261201T110000Z", "One"));

    assertThat(gilles.propfind(calendar, "1", COLLECTION_PROPERTIES).hrefs())
        .containsExactlyInAnyOrder(calendar, calendar + "one.ics");
    Multistatus depthZero = gilles.propfind(calendar, "0", COLLECTION_PROPERTIES);
    assertThat(depthZero.hrefs()).containsExactly(calendar);

    Multistatus.Entry collection = depthZero.entry(calendar);
    assertThat(Xml.children(collection.ok(DAV, "resourcetype")).stream().map(Xml::name))
        .containsExactlyInAnyOrder(Xml.name(DAV, "collection"), Xml.name(CALDAV, "calendar"));
    assertThat(collection.okText(CALSERVER, "getctag")).isNotBlank();
    assertThat(collection.okText(DAV, "sync-token")).isNotBlank();
    assertThat(reportNames(collection.ok(DAV, "supported-report-set")))
        .contains(
            Xml.name(CALDAV, "calendar-query"),
            Xml.name(CALDAV, "calendar-multiget"),
            Xml.name(CALDAV, "free-busy-query"),
            Xml.name(DAV, "sync-collection"));
    assertThat(privilegeNames(collection.ok(DAV, "current-user-privilege-set")))
        .contains(Xml.name(DAV, "read"), Xml.name(DAV, "write"));
    Element calendarData =
        Xml.only(collection.ok(CALDAV, "supported-calendar-data"), CALDAV, "calendar-data");
    assertThat(calendarData.getAttribute("content-type")).isEqualTo("text/calendar");
    assertThat(calendarData.getAttribute("version")).isEqualTo("2.0");
    assertThat(collection.okText(CALDAV, "max-resource-size")).isEqualTo("10485760");
    assertThat(Xml.hrefs(collection.ok(DAV, "owner"))).containsExactly(gilles.principal());
  }

  @Test
  void propnameListsPropertyNamesWithoutValues(Stack stack) {
    Dav gilles = Dav.as(stack, Dav.GILLES);
    String calendar = gilles.newCalendar("propname");

    Multistatus.Entry entry =
        gilles.propfind(calendar, "0", "<d:propfind xmlns:d=\"DAV:\"><d:propname/></d:propfind>")
            .entry(calendar);

    assertThat(entry.properties().keySet())
        .contains(
            Xml.name(DAV, "resourcetype"),
            Xml.name(DAV, "sync-token"),
            Xml.name(CALSERVER, "getctag"),
            Xml.name(CALDAV, "supported-calendar-component-set"));
    // RFC 4918 section 9.1: propname answers names only, every one of them existing (200).
    assertThat(entry.properties().values())
        .allSatisfy(
            result -> {
              assertThat(result.status()).isEqualTo(200);
              assertThat(result.value().hasChildNodes()).isFalse();
            });
  }

  @Test
  void allpropAnswersValuesIncludingDeadProperties(Stack stack) {
    Dav gilles = Dav.as(stack, Dav.GILLES);
    String calendar = gilles.newCalendar("allprop");
    proppatch(gilles, calendar,
        "<d:set><d:prop><d:displayname>All</d:displayname><x:note>kept</x:note></d:prop></d:set>");

    Multistatus.Entry entry =
        gilles.propfind(calendar, "0", "<d:propfind xmlns:d=\"DAV:\"><d:allprop/></d:propfind>")
            .entry(calendar);

    assertThat(Xml.children(entry.ok(DAV, "resourcetype")).stream().map(Xml::name))
        .contains(Xml.name(CALDAV, "calendar"));
    assertThat(entry.okText(DAV, "displayname")).isEqualTo("All");
    // RFC 4918 section 14.2: allprop includes every dead property.
    assertThat(entry.okText("urn:example:e2e", "note")).isEqualTo("kept");
    assertThat(entry.properties().values()).allSatisfy(result -> assertThat(result.status()).isEqualTo(200));
  }

  @Test
  void proppatchAnswersEachPropertyAndKeepsTheValues(Stack stack) {
    Dav gilles = Dav.as(stack, Dav.GILLES);
    String calendar = gilles.newCalendar("proppatch");

    Multistatus.Entry answer =
        proppatch(gilles, calendar,
            """
            <d:set><d:prop>
              <d:displayname>Renamed</d:displayname>
              <i:calendar-color>#FF2968FF</i:calendar-color>
              <x:note>a dead property</x:note>
            </d:prop></d:set>""");

    assertThat(statuses(answer))
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                Xml.name(DAV, "displayname"), 200,
                Xml.name(APPLE_ICAL, "calendar-color"), 200,
                Xml.name("urn:example:e2e", "note"), 200));
    Multistatus.Entry stored = gilles.propfind(calendar, "0", DESCRIBED_PROPERTIES).entry(calendar);
    assertThat(stored.okText(DAV, "displayname")).isEqualTo("Renamed");
    assertThat(stored.okText(APPLE_ICAL, "calendar-color")).isEqualTo("#FF2968FF");
    assertThat(stored.okText("urn:example:e2e", "note")).isEqualTo("a dead property");
  }

  @Test
  void proppatchOfAProtectedPropertyFailsTheWholeRequestAndChangesNothing(Stack stack) {
    Dav gilles = Dav.as(stack, Dav.GILLES);
    String calendar = gilles.newCalendar("protected");
    proppatch(gilles, calendar, "<d:set><d:prop><d:displayname>Before</d:displayname></d:prop></d:set>");

    Multistatus.Entry answer =
        proppatch(gilles, calendar,
            """
            <d:set><d:prop>
              <d:displayname>After</d:displayname>
              <d:getetag>"forged"</d:getetag>
              <x:note>never stored</x:note>
            </d:prop></d:set>""");

    // RFC 4918 section 9.2: PROPPATCH is atomic; the failing property is 403, the others 424.
    assertThat(statuses(answer))
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                Xml.name(DAV, "getetag"), 403,
                Xml.name(DAV, "displayname"), 424,
                Xml.name("urn:example:e2e", "note"), 424));
    Multistatus.Entry stored = gilles.propfind(calendar, "0", DESCRIBED_PROPERTIES).entry(calendar);
    assertThat(stored.okText(DAV, "displayname")).isEqualTo("Before");
    assertThat(stored.property("urn:example:e2e", "note").status()).isEqualTo(404);
  }

  @Test
  void aDeletedCalendarIsGone(Stack stack) {
    Dav gilles = Dav.as(stack, Dav.GILLES);
    String calendar = gilles.newCalendar("deleted");
    gilles.create(calendar + "one.ics",
        Ics.singleEvent("deleted-1", "20261201T100000Z", "20261201T110000Z", "One"));

    gilles.request().delete(calendar).then().statusCode(204);

    gilles.request().header("Depth", "0").request("PROPFIND", calendar).then().statusCode(404);
    gilles.request().get(calendar + "one.ics").then().statusCode(404);
    assertThat(gilles.propfind(gilles.home(), "1", COMPONENT_SET).hrefs()).doesNotContain(calendar);
  }

  private static Multistatus.Entry proppatch(Dav dav, String path, String instructions) {
    String body =
        """
        <d:propertyupdate xmlns:d="DAV:" xmlns:i="http://apple.com/ns/ical/"
                          xmlns:x="urn:example:e2e">%s</d:propertyupdate>"""
            .formatted(instructions);
    String answer =
        dav.request()
            .contentType(Dav.XML)
            .body(body)
            .request("PROPPATCH", path)
            .then()
            .statusCode(207)
            .extract()
            .asString();
    return Multistatus.parse(answer).entry(path);
  }

  private static Map<String, Integer> statuses(Multistatus.Entry entry) {
    return entry.properties().entrySet().stream()
        .collect(Collectors.toMap(Map.Entry::getKey, property -> property.getValue().status()));
  }

  private static List<String> componentNames(Element componentSet) {
    return Xml.children(componentSet, CALDAV, "comp").stream()
        .map(comp -> comp.getAttribute("name"))
        .toList();
  }

  private static List<String> reportNames(Element reportSet) {
    return Xml.children(reportSet, DAV, "supported-report").stream()
        .map(supported -> Xml.only(supported, DAV, "report"))
        .flatMap(report -> Xml.children(report).stream())
        .map(Xml::name)
        .toList();
  }

  private static List<String> privilegeNames(Element privilegeSet) {
    return Xml.children(privilegeSet, DAV, "privilege").stream()
        .flatMap(privilege -> Xml.children(privilege).stream())
        .map(Xml::name)
        .toList();
  }
}
