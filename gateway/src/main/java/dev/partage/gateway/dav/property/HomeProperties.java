package dev.partage.gateway.dav.property;

import dev.partage.dav.xml.DavNames;
import dev.partage.gateway.dav.access.Access;
import dev.partage.gateway.dav.routing.DavTarget;
import java.util.List;

/**
 * A calendar home (RFC 4791 section 6.2.1) or address-book home (RFC 6352 section 7.1.1). It is a
 * plain collection: no sync-token, because the home has no change log of its own, and no reports,
 * because none runs on it.
 */
public final class HomeProperties {

  private HomeProperties() {}

  public static PropertyMap of(DavTarget.Home home, String user, Access access) {
    return new PropertyMap(home.href())
        .put(DavNames.RESOURCETYPE, () -> PropertyValues.resourceType(DavNames.COLLECTION))
        .putText(DavNames.DISPLAYNAME, home.owner())
        .putPrincipals(home.owner(), user)
        .put(DavNames.CURRENT_USER_PRIVILEGE_SET, () -> PropertyValues.privilegeSet(access, home.kind()))
        .put(DavNames.SUPPORTED_REPORT_SET, () -> PropertyValues.supportedReports(List.of()));
  }
}
