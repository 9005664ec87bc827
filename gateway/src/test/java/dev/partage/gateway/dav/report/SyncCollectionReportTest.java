package dev.partage.gateway.dav.report;

import static dev.partage.gateway.dav.XmlAssertions.assertSameXmlAs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.partage.contracts.collection.Change;
import dev.partage.contracts.collection.ChangeSet;
import dev.partage.dav.xml.DavException;
import dev.partage.dav.xml.DavNames;
import dev.partage.gateway.dav.InMemoryCollection;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.junit.jupiter.api.Test;

class SyncCollectionReportTest {

  private static String sync(String token, String props) {
    return ReportTestSupport.valid(
        "<d:sync-collection xmlns:d=\"DAV:\" xmlns:c=\"urn:ietf:params:xml:ns:caldav\">"
            + "<d:sync-token>"
            + token
            + "</d:sync-token><d:sync-level>1</d:sync-level>"
            + "<d:prop>"
            + props
            + "</d:prop></d:sync-collection>");
  }

  @Test
  void changesAndTombstonesComeFromTheChangeLogAlone() {
    InMemoryCollection api = new InMemoryCollection();
    api.changeSet =
        new ChangeSet(
            9,
            List.of(new Change("new.ics", "\"n1\"", false), new Change("old.ics", null, true)),
            true);

    Response response =
        ReportTestSupport.report(api, "0", sync("http://partage.dev/ns/sync/4", "<d:getetag/>"));

    assertThat(api.changesSince).containsExactly(4L);
    assertThat(api.multigets).as("getetag alone needs no object read").isEmpty();
    assertSameXmlAs((String) response.getEntity(), "/dav/sync-response.xml");
  }

  @Test
  void anEmptyTokenStartsFromRevisionZero() {
    InMemoryCollection api = new InMemoryCollection();
    String xml = (String) ReportTestSupport.report(api, null, sync("", "<d:getetag/>")).getEntity();
    assertThat(api.changesSince).containsExactly(0L);
    assertThat(xml).contains("http://partage.dev/ns/sync/0");
  }

  @Test
  void otherPropertiesAreReadInOneBatch() {
    InMemoryCollection api =
        new InMemoryCollection().with("a.ics", "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n");
    api.changeSet = new ChangeSet(3, List.of(new Change("a.ics", "\"a.ics-1\"", false)), false);
    String xml =
        (String)
            ReportTestSupport.report(api, "0", sync("", "<d:getetag/><c:calendar-data/>"))
                .getEntity();
    assertThat(api.multigets).containsExactly(List.of("a.ics"));
    assertThat(xml).contains("BEGIN:VCALENDAR").doesNotContain("507");
  }

  @Test
  void aForeignTokenIsRefusedWithValidSyncToken() {
    assertThatThrownBy(
            () ->
                ReportTestSupport.report(
                    new InMemoryCollection(), "0", sync("urn:other:1", "<d:getetag/>")))
        .isInstanceOfSatisfying(
            DavException.class,
            e -> assertThat(e.condition()).isEqualTo(DavNames.VALID_SYNC_TOKEN));
  }

  @Test
  void aDepthOneHeaderAsPythonCaldavSendsIsTolerated() {
    InMemoryCollection api = new InMemoryCollection();
    ReportTestSupport.report(api, "1", sync("", "<d:getetag/>"));
    assertThat(api.changesSince).containsExactly(0L);
  }
}
