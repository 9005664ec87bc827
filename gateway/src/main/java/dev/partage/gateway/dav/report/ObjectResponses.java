package dev.partage.gateway.dav.report;

import dev.partage.contracts.collection.ObjectData;
import dev.partage.dav.response.MultistatusWriter;
import java.util.List;
import javax.xml.namespace.QName;

/**
 * The responses of the members that calendar-query and addressbook-query matched (RFC 4791 section
 * 7.8, RFC 6352 section 8.6).
 */
final class ObjectResponses {

  private ObjectResponses() {}

  static MultistatusWriter write(
      MultistatusWriter multistatus,
      ReportScope scope,
      List<ObjectData> objects,
      List<QName> properties) {
    for (ObjectData object : objects) {
      String href = scope.memberHref(object.name());
      multistatus.response(href, scope.memberProperties(href, object).propstats(properties));
    }
    return multistatus;
  }
}
