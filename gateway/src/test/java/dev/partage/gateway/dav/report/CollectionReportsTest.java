package dev.partage.gateway.dav.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.partage.dav.xml.DavException;
import dev.partage.dav.xml.DavNames;
import dev.partage.gateway.dav.DavRequests;
import dev.partage.gateway.dav.InMemoryCollection;
import dev.partage.gateway.dav.method.ReportHandler;
import dev.partage.gateway.dav.property.CollectionProperties;
import dev.partage.gateway.dav.routing.HomeKind;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import javax.xml.namespace.QName;
import org.junit.jupiter.api.Test;

class CollectionReportsTest {

  @Test
  void theCollectionsAdvertiseExactlyTheReportsThatHaveAHandler() {
    Set<QName> advertised = new HashSet<>(CollectionProperties.reports(HomeKind.CALENDARS));
    advertised.addAll(CollectionProperties.reports(HomeKind.ADDRESS_BOOKS));
    assertThat(ReportTestSupport.reports().names()).containsExactlyInAnyOrderElementsOf(advertised);
  }

  @Test
  void anUnknownReportIsRefusedWithSupportedReport() {
    String body = "<C:calendar-multiget-typo xmlns:C=\"urn:ietf:params:xml:ns:caldav\"/>";
    assertThatThrownBy(() -> ReportTestSupport.report(new InMemoryCollection(), "1", body))
        .isInstanceOfSatisfying(
            DavException.class,
            e -> {
              assertThat(e.status()).isEqualTo(403);
              assertThat(e.condition()).isEqualTo(DavNames.SUPPORTED_REPORT);
            });
  }

  @Test
  void reportsRunOnlyOnCalendars() {
    String body =
        ReportTestSupport.valid(
            "<d:sync-collection xmlns:d=\"DAV:\"><d:sync-token/><d:sync-level>1</d:sync-level>"
                + "<d:prop><d:getetag/></d:prop></d:sync-collection>");
    ReportHandler handler = new ReportHandler(ReportTestSupport.reports());
    assertThatThrownBy(
            () ->
                handler.handle(
                    DavRequests.request(
                        "/dav/calendars/ann@example.org/", Map.of("Depth", "0"), body, null)))
        .isInstanceOfSatisfying(
            DavException.class,
            e -> {
              assertThat(e.status()).isEqualTo(403);
              assertThat(e.condition()).isEqualTo(DavNames.SUPPORTED_REPORT);
              assertThat(e.getMessage()).contains("calendar");
            });
  }

  @Test
  void aReportWithoutBodyIsABadRequest() {
    assertThatThrownBy(() -> ReportTestSupport.report(new InMemoryCollection(), "1", ""))
        .isInstanceOfSatisfying(DavException.class, e -> assertThat(e.status()).isEqualTo(400));
  }
}
