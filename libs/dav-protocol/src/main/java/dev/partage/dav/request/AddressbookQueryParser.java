package dev.partage.dav.request;

import dev.partage.dav.carddav.filter.CardFilter;
import dev.partage.dav.xml.DavException;
import dev.partage.dav.xml.DavNames;
import dev.partage.dav.xml.XmlElement;

/** CARDDAV:addressbook-query (RFC 6352 section 10.3). */
final class AddressbookQueryParser implements ReportBodyParser {

  @Override
  public ReportRequest parse(XmlElement body) {
    XmlElement filter = body.child(DavNames.CARDDAV_FILTER);
    if (filter == null) {
      throw DavException.badRequest("An addressbook-query must hold a CARDDAV:filter element.");
    }
    CardFilter cardFilter = CardFilterParser.parse(filter);
    XmlElement prop = body.child(DavNames.PROP);
    return new ReportRequest.AddressbookQuery(
        PropNames.of(prop),
        AddressDataRequestParser.parse(prop),
        cardFilter,
        ResultLimitParser.parse(body.child(DavNames.CARDDAV_LIMIT), DavNames.CARDDAV_NRESULTS));
  }
}
