package dev.partage.gateway.dav.property;

import dev.partage.dav.response.PropValue;
import dev.partage.dav.xml.DavNames;
import dev.partage.gateway.dav.routing.DavUrls;
import dev.partage.gateway.dav.routing.HomeKind;

/**
 * A user's principal (RFC 3744 section 4, RFC 4791 section 6.2, RFC 6352 section 7.1): where
 * clients find the one calendar home, the one address-book home and the user's calendar address.
 */
public final class PrincipalProperties {

  private PrincipalProperties() {}

  /**
   * @param principal the user the principal stands for
   * @param user the authenticated user
   */
  public static PropertyMap of(String principal, String user) {
    String principalUrl = DavUrls.principal(principal);
    return new PropertyMap(principalUrl)
        // Keycloak's display names are not known here; the address is what people recognise.
        .putText(DavNames.DISPLAYNAME, principal)
        .put(DavNames.RESOURCETYPE, () -> PropertyValues.resourceType(DavNames.PRINCIPAL))
        .put(DavNames.PRINCIPAL_URL, () -> PropValue.href(principalUrl))
        .put(DavNames.OWNER, () -> PropValue.href(principalUrl))
        .put(DavNames.CURRENT_USER_PRINCIPAL, () -> PropValue.href(DavUrls.principal(user)))
        // ONE home: Apple clients and Outlook synchronisers read only the first href.
        .put(
            DavNames.CALENDAR_HOME_SET,
            () -> PropValue.href(DavUrls.home(HomeKind.CALENDARS, principal)))
        .put(
            DavNames.ADDRESSBOOK_HOME_SET,
            () -> PropValue.href(DavUrls.home(HomeKind.ADDRESS_BOOKS, principal)))
        .put(DavNames.CALENDAR_USER_ADDRESS_SET, () -> PropValue.href(DavUrls.mailto(principal)))
        .putText(DavNames.CALENDAR_USER_TYPE, "INDIVIDUAL");
  }
}
