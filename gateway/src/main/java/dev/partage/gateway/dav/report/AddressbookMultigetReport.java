package dev.partage.gateway.dav.report;

import dev.partage.contracts.collection.CardRead;
import dev.partage.dav.request.ReportRequest.AddressbookMultiget;
import dev.partage.dav.xml.DavNames;
import dev.partage.gateway.backend.CollectionRef;
import dev.partage.gateway.dav.access.DavPrivilege;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import javax.xml.namespace.QName;

/**
 * CARDDAV:addressbook-multiget (RFC 6352 section 8.7), answered by {@link MultigetResponses}: the
 * service converts each vCard to the version asked and keeps only the properties asked.
 */
@ApplicationScoped
public class AddressbookMultigetReport implements CollectionReport<AddressbookMultiget> {

  @Override
  public Class<AddressbookMultiget> type() {
    return AddressbookMultiget.class;
  }

  @Override
  public QName name() {
    return DavNames.ADDRESSBOOK_MULTIGET;
  }

  @Override
  public DavPrivilege requiredPrivilege() {
    return DavPrivilege.READ;
  }

  @Override
  public Response run(ReportScope scope, AddressbookMultiget report) {
    CollectionRef collection = scope.collection();
    return MultigetResponses.of(
        scope,
        report.hrefs(),
        report.properties(),
        names ->
            collection
                .api()
                .readCards(
                    collection.id(),
                    new CardRead(names, AddressDataShapes.of(report.addressData()))));
  }
}
