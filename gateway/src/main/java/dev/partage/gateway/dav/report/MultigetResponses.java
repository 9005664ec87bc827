package dev.partage.gateway.dav.report;

import dev.partage.contracts.collection.ObjectData;
import dev.partage.dav.response.MultistatusWriter;
import dev.partage.gateway.dav.error.XmlResponses;
import jakarta.ws.rs.core.Response;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import javax.xml.namespace.QName;

/**
 * The answer to calendar-multiget (RFC 4791 section 7.9) and addressbook-multiget (RFC 6352 section
 * 8.7): every href read in one batch call. Each response repeats the href as the client sent it,
 * since clients match answers to requests by string. An href outside this collection, or of a
 * missing member, gets its own 404 response.
 */
final class MultigetResponses {

  private static final int NOT_FOUND = 404;

  private MultigetResponses() {}

  /**
   * @param read reads the named members of the scope's collection in one call; names it does not
   *     find are left out
   */
  static Response of(
      ReportScope scope,
      List<String> hrefs,
      List<QName> properties,
      Function<List<String>, List<ObjectData>> read) {
    Map<String, String> nameByHref = new LinkedHashMap<>();
    for (String href : hrefs) {
      nameByHref.put(href, scope.memberName(href));
    }
    List<String> names = nameByHref.values().stream().filter(Objects::nonNull).toList();
    Map<String, ObjectData> found = new HashMap<>();
    if (!names.isEmpty()) {
      for (ObjectData object : read.apply(names)) {
        found.put(object.name(), object);
      }
    }
    MultistatusWriter multistatus = new MultistatusWriter();
    nameByHref.forEach(
        (href, name) -> {
          ObjectData object = name == null ? null : found.get(name);
          if (object == null) {
            multistatus.responseStatus(href, NOT_FOUND);
          } else {
            multistatus.response(href, scope.memberProperties(href, object).propstats(properties));
          }
        });
    return XmlResponses.multistatus(multistatus.finish());
  }
}
