package dev.partage.gateway.dav.report;

import dev.partage.contracts.collection.CardMatches;
import dev.partage.contracts.collection.CardQuery;
import dev.partage.dav.request.ReportRequest.AddressbookQuery;
import dev.partage.dav.response.MultistatusWriter;
import dev.partage.dav.xml.DavNames;
import dev.partage.gateway.backend.CollectionRef;
import dev.partage.gateway.dav.access.DavPrivilege;
import dev.partage.gateway.dav.error.XmlResponses;
import dev.partage.gateway.dav.request.Depth;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import javax.xml.namespace.QName;

/**
 * CARDDAV:addressbook-query (RFC 6352 section 8.6) on an address book: the service evaluates the
 * filter, applies the limit and shapes the vCards as asked.
 */
@ApplicationScoped
public class AddressbookQueryReport implements CollectionReport<AddressbookQuery> {

  private static final int INSUFFICIENT_STORAGE = 507;

  @Override
  public Class<AddressbookQuery> type() {
    return AddressbookQuery.class;
  }

  @Override
  public QName name() {
    return DavNames.ADDRESSBOOK_QUERY;
  }

  @Override
  public DavPrivilege requiredPrivilege() {
    return DavPrivilege.READ;
  }

  @Override
  public Response run(ReportScope scope, AddressbookQuery report) {
    MultistatusWriter multistatus = new MultistatusWriter();
    // Section 8.6: Depth 0 applies the query to the address book itself, which is no vCard; a
    // missing Depth is read as 1, since a query on the collection alone never matches.
    if (scope.request().depth(Depth.ONE) == Depth.ZERO) {
      return XmlResponses.multistatus(multistatus.finish());
    }
    CollectionRef collection = scope.collection();
    CardMatches matches =
        collection
            .api()
            .queryCards(
                collection.id(),
                new CardQuery(
                    report.filter(),
                    report.limit(),
                    AddressDataShapes.orNull(report.addressData())));
    ObjectResponses.write(multistatus, scope, matches.cards(), report.properties());
    if (matches.truncated()) {
      // Section 8.6.1: more cards matched than the limit allowed; the request-URI says so.
      multistatus.responseStatus(
          scope.collectionHref(), INSUFFICIENT_STORAGE, DavNames.NUMBER_OF_MATCHES_WITHIN_LIMITS);
    }
    return XmlResponses.multistatus(multistatus.finish());
  }
}
