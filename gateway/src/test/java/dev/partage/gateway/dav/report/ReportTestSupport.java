package dev.partage.gateway.dav.report;

import dev.partage.contracts.collection.CollectionDto;
import dev.partage.dav.request.ReportParser;
import dev.partage.dav.xml.SafeXmlReader;
import dev.partage.gateway.backend.CollectionRef;
import dev.partage.gateway.dav.DavRequests;
import dev.partage.gateway.dav.InMemoryCollection;
import dev.partage.gateway.dav.method.ReportHandler;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;

/**
 * Runs REPORT bodies through the real handler and reports against an in-memory calendar or address
 * book.
 */
final class ReportTestSupport {

  static final String CALENDAR = "/dav/calendars/ann@example.org/work/";
  static final String ADDRESS_BOOK = "/dav/addressbooks/ann@example.org/friends/";

  private ReportTestSupport() {}

  static CollectionReports reports() {
    return new CollectionReports(
        List.of(
            new CalendarMultigetReport(),
            new CalendarQueryReport(),
            new SyncCollectionReport(),
            new FreeBusyReport(),
            new AddressbookMultigetReport(),
            new AddressbookQueryReport()));
  }

  static Response report(InMemoryCollection api, String depth, String body) {
    return report(CALENDAR, InMemoryCollection.calendar(DavRequests.ANN, "work"), api, depth, body);
  }

  /** The same on the address book {@link #ADDRESS_BOOK}. */
  static Response addressBookReport(InMemoryCollection api, String depth, String body) {
    return report(
        ADDRESS_BOOK, InMemoryCollection.addressBook(DavRequests.ANN, "friends"), api, depth, body);
  }

  private static Response report(
      String path, CollectionDto dto, InMemoryCollection api, String depth, String body) {
    Map<String, String> headers = depth == null ? Map.of() : Map.of("Depth", depth);
    return new ReportHandler(reports())
        .handle(DavRequests.request(path, headers, body, new CollectionRef(dto, api.api())));
  }

  /** Fails early when a test body is not a valid report, so that failures point at the gateway. */
  static String valid(String body) {
    ReportParser.parse(SafeXmlReader.parse(body));
    return body;
  }
}
