package dev.partage.gateway.dav.report;

import dev.partage.contracts.collection.ObjectData;
import dev.partage.dav.response.MultistatusWriter;
import dev.partage.gateway.dav.error.XmlResponses;
import dev.partage.gateway.dav.property.ObjectProperties;
import jakarta.ws.rs.core.Response;
import java.util.List;
import javax.xml.namespace.QName;

/** The multistatus of calendar objects that calendar-query answers (RFC 4791 section 7.8). */
final class ObjectResponses {

  private ObjectResponses() {}

  static Response of(ReportScope scope, List<ObjectData> objects, List<QName> properties) {
    MultistatusWriter multistatus = new MultistatusWriter();
    for (ObjectData object : objects) {
      String href = scope.objectHref(object.name());
      multistatus.response(href, ObjectProperties.of(href, object).propstats(properties));
    }
    return XmlResponses.multistatus(multistatus.finish());
  }
}
