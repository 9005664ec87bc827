package dev.partage.gateway.dav.method;

import dev.partage.contracts.collection.ObjectMeta;
import dev.partage.dav.xml.DavException;
import dev.partage.gateway.backend.CollectionDirectory;
import dev.partage.gateway.backend.CollectionRef;
import dev.partage.gateway.backend.SharedCollections;
import dev.partage.gateway.dav.access.Access;
import dev.partage.gateway.dav.access.AccessPolicy;
import dev.partage.gateway.dav.property.CollectionProperties;
import dev.partage.gateway.dav.property.HomeProperties;
import dev.partage.gateway.dav.property.ObjectProperties;
import dev.partage.gateway.dav.property.PrincipalProperties;
import dev.partage.gateway.dav.property.PropertyMap;
import dev.partage.gateway.dav.property.RootProperties;
import dev.partage.gateway.dav.request.DavRequest;
import dev.partage.gateway.dav.request.Depth;
import dev.partage.gateway.dav.routing.DavTarget;
import dev.partage.gateway.dav.sharing.SharingProperties;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The resources a PROPFIND covers, each with its properties: the target, then its members when
 * Depth is 1. Members are read in one call per collection, never one by one.
 */
@ApplicationScoped
public class PropfindResources {

  private final CollectionDirectory directory;
  private final SharedCollections shared;
  private final AccessPolicy accessPolicy;
  private final SharingProperties sharingProperties;

  public PropfindResources(
      CollectionDirectory directory,
      SharedCollections shared,
      AccessPolicy accessPolicy,
      SharingProperties sharingProperties) {
    this.directory = directory;
    this.shared = shared;
    this.accessPolicy = accessPolicy;
    this.sharingProperties = sharingProperties;
  }

  public List<PropertyMap> list(DavRequest request, Depth depth) {
    String user = request.user();
    boolean withMembers = depth == Depth.ONE;
    return switch (request.target()) {
      case DavTarget.Root root -> List.of(RootProperties.of(request.path(), user));
      case DavTarget.Principal principal -> List.of(PrincipalProperties.of(principal.user(), user));
      case DavTarget.Home home -> home(request, home, withMembers);
      case DavTarget.Collection collection -> collection(request, collection, withMembers);
      case DavTarget.Member member -> List.of(member(request, member));
      case DavTarget.Unknown unknown -> throw DavException.notFound();
    };
  }

  /**
   * The home, then (Depth 1) the owner's collections followed by those shared with them, each under
   * its name in this home.
   */
  private List<PropertyMap> home(DavRequest request, DavTarget.Home home, boolean withMembers) {
    List<PropertyMap> resources = new ArrayList<>();
    resources.add(HomeProperties.of(home, request.user(), request.access()));
    if (withMembers) {
      for (CollectionRef own : directory.home(home.kind(), home.owner())) {
        resources.add(homeMember(request, home, own.name(), own));
      }
      for (CollectionRef sharedWithUser : shared.home(home.kind(), home.owner())) {
        resources.add(
            homeMember(request, home, sharedWithUser.sharerView().nameInHome(), sharedWithUser));
      }
    }
    return resources;
  }

  private PropertyMap homeMember(
      DavRequest request, DavTarget.Home home, String nameInHome, CollectionRef collection) {
    DavTarget.Collection target = new DavTarget.Collection(home.kind(), home.owner(), nameInHome);
    return collectionProperties(
        target.href(),
        collection,
        request.user(),
        accessPolicy.decide(request.user(), target, Optional.of(collection)));
  }

  private PropertyMap collectionProperties(
      String href, CollectionRef collection, String user, Access access) {
    return sharingProperties.addTo(
        CollectionProperties.of(href, collection.dto(), user, access), collection, user, access);
  }

  private List<PropertyMap> collection(
      DavRequest request, DavTarget.Collection target, boolean withMembers) {
    CollectionRef collection = request.existingCollection();
    List<PropertyMap> resources = new ArrayList<>();
    resources.add(
        collectionProperties(target.href(), collection, request.user(), request.access()));
    if (withMembers) {
      for (ObjectMeta member : collection.api().listObjects(collection.id())) {
        resources.add(
            ObjectProperties.of(target.member(member.name()).href(), member)
                .putPrincipals(collection.owner(), request.user()));
      }
    }
    return resources;
  }

  private PropertyMap member(DavRequest request, DavTarget.Member target) {
    CollectionRef collection = request.existingCollection();
    // The internal API has no metadata-only read of one object; the body comes along unused.
    ObjectMeta meta = collection.api().getObject(collection.id(), target.name()).meta();
    return ObjectProperties.of(target.href(), meta)
        .putPrincipals(collection.owner(), request.user());
  }
}
