package dev.partage.gateway.dav.property;

import dev.partage.dav.response.PropValue;
import dev.partage.dav.xml.DavNames;
import dev.partage.gateway.dav.routing.DavUrls;

/**
 * The DAV root ({@code /} and {@code /dav/}): clients that were given only the server's address ask
 * it for DAV:current-user-principal (RFC 5397 section 3) and go on from there.
 */
public final class RootProperties {

  private RootProperties() {}

  public static PropertyMap of(String href, String user) {
    return new PropertyMap(href)
        .put(DavNames.RESOURCETYPE, () -> PropertyValues.resourceType(DavNames.COLLECTION))
        .put(DavNames.CURRENT_USER_PRINCIPAL, () -> PropValue.href(DavUrls.principal(user)));
  }
}
