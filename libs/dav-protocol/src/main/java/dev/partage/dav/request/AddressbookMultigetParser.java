package dev.partage.dav.request;

import dev.partage.dav.xml.DavNames;
import dev.partage.dav.xml.XmlElement;

/** CARDDAV:addressbook-multiget (RFC 6352 section 8.7). */
final class AddressbookMultigetParser implements ReportBodyParser {

  @Override
  public ReportRequest parse(XmlElement body) {
    XmlElement prop = body.child(DavNames.PROP);
    return new ReportRequest.AddressbookMultiget(
        PropNames.of(prop),
        AddressDataRequestParser.parse(prop),
        RequestBodies.multigetHrefs(body));
  }
}
