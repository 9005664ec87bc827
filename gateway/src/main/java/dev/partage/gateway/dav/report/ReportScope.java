package dev.partage.gateway.dav.report;

import dev.partage.gateway.backend.CollectionRef;
import dev.partage.gateway.dav.request.DavRequest;
import dev.partage.gateway.dav.routing.DavTarget;
import dev.partage.gateway.dav.routing.DavUrls;

/**
 * The calendar a REPORT runs on, with the request that asked.
 *
 * @param target the calendar as the URL names it, which the response hrefs repeat
 */
public record ReportScope(
    DavRequest request, DavTarget.CalendarCollection target, CollectionRef collection) {

  public String collectionHref() {
    return DavUrls.collection(target.owner(), target.name());
  }

  public String objectHref(String name) {
    return DavUrls.object(target.owner(), target.name(), name);
  }
}
