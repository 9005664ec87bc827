package dev.partage.gateway.dav.property;

import dev.partage.dav.response.PropValue;
import dev.partage.dav.xml.DavNames;
import dev.partage.gateway.dav.access.Access;
import dev.partage.gateway.dav.routing.DavUrls;
import java.util.List;

/**
 * A calendar home (RFC 4791 section 6.2.1). It is a plain collection: no sync-token, because the
 * home has no change log of its own, and no reports, because none runs on it.
 */
public final class HomeProperties {

  private HomeProperties() {}

  public static PropertyMap of(String owner, String user, Access access) {
    return new PropertyMap(DavUrls.calendarHome(owner))
        .put(DavNames.RESOURCETYPE, () -> PropertyValues.resourceType(DavNames.COLLECTION))
        .putText(DavNames.DISPLAYNAME, owner)
        .put(DavNames.OWNER, () -> PropValue.href(DavUrls.principal(owner)))
        .put(DavNames.CURRENT_USER_PRINCIPAL, () -> PropValue.href(DavUrls.principal(user)))
        .put(DavNames.CURRENT_USER_PRIVILEGE_SET, () -> PropertyValues.privilegeSet(access))
        .put(DavNames.SUPPORTED_REPORT_SET, () -> PropertyValues.supportedReports(List.of()));
  }
}
