package dev.partage.gateway.dav.sharing;

import dev.partage.contracts.acl.Grant;
import dev.partage.contracts.acl.GranteeType;
import dev.partage.contracts.acl.Right;
import dev.partage.contracts.api.AclApi;
import dev.partage.dav.response.PropValue;
import dev.partage.dav.xml.DavNames;
import dev.partage.dav.xml.XmlElement;
import dev.partage.gateway.backend.CollectionRef;
import dev.partage.gateway.dav.access.Access;
import dev.partage.gateway.dav.access.DavPrivilege;
import dev.partage.gateway.dav.property.PropertyMap;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import javax.xml.namespace.QName;

/**
 * The sharing properties of a collection, written once for every kind (STYLE.md, sharing once):
 * CalendarServer's CS:invite and CS:allowed-sharing-modes, and draft-pot-webdav-resource-sharing's
 * DAV:invite and DAV:share-access. The grants are read from acl-service only when a client asks for
 * a property that lists them, and only by someone who may share: acl-service shows grants to
 * nobody else.
 */
@ApplicationScoped
public class SharingProperties {

  private final AclApi acl;

  public SharingProperties(AclApi acl) {
    this.acl = acl;
  }

  /** Adds the sharing properties of {@code collection} as {@code user} sees it. */
  public PropertyMap addTo(
      PropertyMap properties, CollectionRef collection, String user, Access access) {
    boolean mayShare = access.allows(DavPrivilege.SHARE);
    boolean owned = collection.owner().equals(user);
    return properties
        .put(
            DavNames.CS_ALLOWED_SHARING_MODES,
            () ->
                mayShare
                    ? PropValue.elements(XmlElement.empty(DavNames.CS_CAN_BE_SHARED))
                    : PropValue.empty())
        .put(DavNames.CS_INVITE, () -> mayShare ? csInvite(collection) : PropValue.empty())
        .put(DavNames.INVITE, () -> mayShare ? davInvite(collection) : PropValue.empty())
        .put(
            DavNames.SHARE_ACCESS,
            () -> PropValue.elements(XmlElement.empty(shareAccess(collection, owned, access))));
  }

  /** draft-pot-webdav-resource-sharing section 5.2: the user's own relation to the share. */
  private QName shareAccess(CollectionRef collection, boolean owned, Access access) {
    if (owned) {
      return userGrants(collection).isEmpty() ? DavNames.NOT_SHARED : DavNames.SHARED_OWNER;
    }
    return access.allows(DavPrivilege.WRITE_CONTENT) ? DavNames.READ_WRITE : DavNames.READ;
  }

  /** caldav-sharing.txt section 5.2.2: one CS:user per sharee, accepted (shares need no reply). */
  private PropValue csInvite(CollectionRef collection) {
    List<XmlElement> users = new ArrayList<>();
    for (Grant grant : userGrants(collection)) {
      users.add(
          XmlElement.of(
              DavNames.CS_USER,
              mailto(grant),
              XmlElement.empty(DavNames.CS_INVITE_ACCEPTED),
              XmlElement.of(
                  DavNames.CS_ACCESS,
                  XmlElement.empty(writes(grant) ? DavNames.CS_READ_WRITE : DavNames.CS_READ))));
    }
    return users.isEmpty() ? PropValue.empty() : new PropValue.Elements(users);
  }

  /** draft-pot-webdav-resource-sharing section 5.3: one DAV:sharee per sharee. */
  private PropValue davInvite(CollectionRef collection) {
    List<XmlElement> sharees = new ArrayList<>();
    for (Grant grant : userGrants(collection)) {
      sharees.add(
          XmlElement.of(
              DavNames.SHAREE,
              mailto(grant),
              XmlElement.empty(DavNames.INVITE_ACCEPTED),
              XmlElement.of(
                  DavNames.SHARE_ACCESS,
                  XmlElement.empty(writes(grant) ? DavNames.READ_WRITE : DavNames.READ))));
    }
    return sharees.isEmpty() ? PropValue.empty() : new PropValue.Elements(sharees);
  }

  /**
   * The grants to single users: the two protocols name sharees by address and have no element for
   * a group or a domain, which the JSON management API shows instead.
   */
  private List<Grant> userGrants(CollectionRef collection) {
    return acl.grants(collection.id()).stream()
        .filter(grant -> grant.granteeType() == GranteeType.USER)
        .toList();
  }

  private static boolean writes(Grant grant) {
    return grant.rights().contains(Right.MODIFY);
  }

  private static XmlElement mailto(Grant grant) {
    return XmlElement.ofText(DavNames.HREF, "mailto:" + grant.grantee());
  }
}
