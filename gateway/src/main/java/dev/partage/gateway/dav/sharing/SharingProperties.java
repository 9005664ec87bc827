package dev.partage.gateway.dav.sharing;

import dev.partage.contracts.acl.Grant;
import dev.partage.contracts.acl.GranteeType;
import dev.partage.contracts.acl.Right;
import dev.partage.contracts.api.AclApi;
import dev.partage.dav.response.PropValue;
import dev.partage.dav.xml.DavNames;
import dev.partage.dav.xml.XmlElement;
import dev.partage.gateway.backend.CollectionRef;
import dev.partage.gateway.backend.OwnedShares;
import dev.partage.gateway.dav.access.Access;
import dev.partage.gateway.dav.access.DavPrivilege;
import dev.partage.gateway.dav.property.PropertyMap;
import dev.partage.gateway.dav.property.PropertyValues;
import dev.partage.gateway.dav.routing.HomeKind;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javax.xml.namespace.QName;

/**
 * The sharing properties of a collection, written once for every kind (STYLE.md, sharing once):
 * CalendarServer's CS:invite, CS:allowed-sharing-modes and the CS:shared / CS:shared-owner marks in
 * DAV:resourcetype, and draft-pot-webdav-resource-sharing's DAV:invite and DAV:share-access. The
 * grants are read from acl-service only when a client asks for a property that lists them, and only
 * by someone who may share: acl-service shows grants to nobody else.
 */
@ApplicationScoped
public class SharingProperties {

  private final AclApi acl;
  private final OwnedShares ownedShares;

  public SharingProperties(AclApi acl, OwnedShares ownedShares) {
    this.acl = acl;
    this.ownedShares = ownedShares;
  }

  /** Adds the sharing properties of {@code collection} as {@code user} sees it. */
  public PropertyMap addTo(
      PropertyMap properties, CollectionRef collection, String user, Access access) {
    boolean mayShare = access.allows(DavPrivilege.SHARE);
    boolean owned = collection.owner().equals(user);
    // Asked of acl-service at most once, however many invite properties the client wants.
    Supplier<List<Grant>> userGrants = memoized(() -> userGrants(collection));
    return properties
        .put(DavNames.RESOURCETYPE, () -> resourceType(collection, owned))
        .put(
            DavNames.CS_ALLOWED_SHARING_MODES,
            () ->
                mayShare
                    ? PropValue.elements(XmlElement.empty(DavNames.CS_CAN_BE_SHARED))
                    : PropValue.empty())
        .put(
            DavNames.CS_INVITE,
            () -> mayShare ? Invite.CALENDARSERVER.of(userGrants.get()) : PropValue.empty())
        .put(
            DavNames.INVITE,
            () -> mayShare ? Invite.RESOURCE_SHARING.of(userGrants.get()) : PropValue.empty())
        .put(
            DavNames.SHARE_ACCESS,
            () -> PropValue.elements(XmlElement.empty(shareAccess(collection, owned, access))));
  }

  /**
   * caldav-sharing.txt section 5.2: CS:shared-owner on the owner's copy once it is shared with
   * anyone, CS:shared on a sharee's, by which Apple clients and DAVx5 show it as someone else's.
   * Replaces the plain type {@link dev.partage.gateway.dav.property.CollectionProperties} gives.
   */
  private PropValue resourceType(CollectionRef collection, boolean owned) {
    QName collectionType = HomeKind.of(collection.kind()).collectionType();
    if (!owned) {
      return PropertyValues.resourceType(DavNames.COLLECTION, collectionType, DavNames.CS_SHARED);
    }
    return ownedShares.isShared(collection)
        ? PropertyValues.resourceType(DavNames.COLLECTION, collectionType, DavNames.CS_SHARED_OWNER)
        : PropertyValues.resourceType(DavNames.COLLECTION, collectionType);
  }

  /** draft-pot-webdav-resource-sharing section 5.2: the user's own relation to the share. */
  private QName shareAccess(CollectionRef collection, boolean owned, Access access) {
    if (owned) {
      return ownedShares.isShared(collection) ? DavNames.SHARED_OWNER : DavNames.NOT_SHARED;
    }
    return access.allows(DavPrivilege.WRITE_CONTENT) ? DavNames.READ_WRITE : DavNames.READ;
  }

  /**
   * The grants to single users: the two protocols name sharees by address and have no element for a
   * group or a domain, which the JSON management API shows instead.
   */
  private List<Grant> userGrants(CollectionRef collection) {
    return acl.grants(collection.id()).stream()
        .filter(grant -> grant.granteeType() == GranteeType.USER)
        .toList();
  }

  private static <T> Supplier<T> memoized(Supplier<T> supplier) {
    return new Supplier<>() {
      private T value;

      @Override
      public T get() {
        if (value == null) {
          value = supplier.get();
        }
        return value;
      }
    };
  }

  /**
   * The two protocols' lists of sharees, the same content under different names: CalendarServer's
   * CS:invite (caldav-sharing.txt section 5.2.2) and draft-pot-webdav-resource-sharing's DAV:invite
   * (section 5.3). Every share is accepted, as shares need no reply here.
   */
  private enum Invite {
    CALENDARSERVER(
        DavNames.CS_USER,
        DavNames.CS_INVITE_ACCEPTED,
        DavNames.CS_ACCESS,
        DavNames.CS_READ_WRITE,
        DavNames.CS_READ),
    RESOURCE_SHARING(
        DavNames.SHAREE,
        DavNames.INVITE_ACCEPTED,
        DavNames.SHARE_ACCESS,
        DavNames.READ_WRITE,
        DavNames.READ);

    private final QName sharee;
    private final QName accepted;
    private final QName access;
    private final QName readWrite;
    private final QName read;

    Invite(QName sharee, QName accepted, QName access, QName readWrite, QName read) {
      this.sharee = sharee;
      this.accepted = accepted;
      this.access = access;
      this.readWrite = readWrite;
      this.read = read;
    }

    PropValue of(List<Grant> grants) {
      List<XmlElement> sharees = new ArrayList<>();
      for (Grant grant : grants) {
        sharees.add(
            XmlElement.of(
                sharee,
                XmlElement.ofText(DavNames.HREF, "mailto:" + grant.grantee()),
                XmlElement.empty(accepted),
                XmlElement.of(
                    access,
                    XmlElement.empty(grant.rights().contains(Right.MODIFY) ? readWrite : read))));
      }
      return sharees.isEmpty() ? PropValue.empty() : new PropValue.Elements(sharees);
    }
  }
}
