package dev.partage.gateway.dav.report;

import dev.partage.contracts.collection.ObjectData;
import dev.partage.gateway.backend.CollectionRef;
import dev.partage.gateway.dav.property.ObjectProperties;
import dev.partage.gateway.dav.property.PropertyMap;
import dev.partage.gateway.dav.request.DavRequest;
import dev.partage.gateway.dav.routing.DavPaths;
import dev.partage.gateway.dav.routing.DavTarget;

/**
 * The calendar or address book a REPORT runs on, with the request that asked.
 *
 * @param target the collection as the URL names it, which the response hrefs repeat
 */
public record ReportScope(
    DavRequest request, DavTarget.Collection target, CollectionRef collection) {

  public String collectionHref() {
    return target.href();
  }

  public String memberHref(String name) {
    return target.member(name).href();
  }

  /** The properties of a member the report returns, its body among them. */
  public PropertyMap memberProperties(String href, ObjectData member) {
    return ObjectProperties.of(href, member, target.kind())
        .putPrincipals(target.owner(), request.user());
  }

  /** The member name {@code href} names in this collection, or null when it names anything else. */
  public String memberName(String href) {
    if (DavPaths.parseHref(href) instanceof DavTarget.Member member
        && member.parent().equals(target)) {
      return member.name();
    }
    return null;
  }
}
