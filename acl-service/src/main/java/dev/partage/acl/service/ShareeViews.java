package dev.partage.acl.service;

import dev.partage.acl.entity.ShareeViewEntity;
import dev.partage.acl.entity.SharedCollectionEntity;
import dev.partage.acl.policy.Address;
import dev.partage.acl.policy.HomeNames;
import dev.partage.contracts.acl.Right;
import dev.partage.contracts.acl.SharedCollection;
import dev.partage.contracts.acl.SharerView;
import dev.partage.contracts.acl.ViewPatch;
import dev.partage.contracts.error.ServiceException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What a sharee sees of the collections shared with them: each gets a name in the sharee's home
 * the first time it is listed, kept from then on (clients keep the URL), and the sharee's own
 * display name, colour and order over the owner's.
 */
@ApplicationScoped
public class ShareeViews {

  private final EffectiveRights rights;

  ShareeViews(EffectiveRights rights) {
    this.rights = rights;
  }

  /**
   * The collections shared with {@code sharee}; {@code ownNames} are the sharee's own collections'
   * names, which a newly assigned name must not take.
   */
  @Transactional
  public List<SharedCollection> sharedWith(Address sharee, Set<String> ownNames) {
    Map<SharedCollectionEntity, Set<Right>> shared = rights.sharedWith(sharee);
    Map<UUID, ShareeViewEntity> views = ShareeViewEntity.<ShareeViewEntity>list("sharee", sharee.toString()).stream()
        .collect(Collectors.toMap(view -> view.collection.id, Function.identity()));
    Set<String> taken = new HashSet<>(ownNames);
    views.values().forEach(view -> taken.add(view.nameInHome));
    List<SharedCollection> listed = new ArrayList<>();
    shared.forEach((collection, collectionRights) -> {
      ShareeViewEntity view = views.get(collection.id);
      if (view == null) {
        view = newView(sharee, collection, taken);
        taken.add(view.nameInHome);
      }
      listed.add(new SharedCollection(collection.id, collection.kind, collection.owner, collection.name,
          collectionRights, toView(view)));
    });
    // now rather than at commit: a name a concurrent first listing took is then a 409 to retry
    ShareeViewEntity.flush();
    return listed;
  }

  /** Changes the sharee's own presentation of a collection they have listed and still reach. */
  @Transactional
  public SharerView patch(Address sharee, UUID collectionId, ViewPatch patch) {
    if (patch == null) {
      throw new ServiceException(400, null, null, "Send the display name, colour or order to change.");
    }
    ShareeViewEntity view = ShareeViewEntity.<ShareeViewEntity>find(
        "sharee = ?1 and collection.id = ?2", sharee.toString(), collectionId).firstResult();
    if (view == null || rights.on(view.collection, sharee).isEmpty()) {
      throw ServiceException.notFound("No collection " + collectionId + " is shared with " + sharee + ".");
    }
    if (patch.displayName() != null) {
      view.displayName = patch.displayName();
    }
    if (patch.color() != null) {
      view.color = patch.color();
    }
    if (patch.order() != null) {
      view.order = patch.order();
    }
    return toView(view);
  }

  private static ShareeViewEntity newView(Address sharee, SharedCollectionEntity collection, Set<String> taken) {
    ShareeViewEntity view = new ShareeViewEntity();
    view.sharee = sharee.toString();
    view.collection = collection;
    view.nameInHome = HomeNames.firstFree(collection.name, Address.parse(collection.owner), taken);
    view.persist();
    return view;
  }

  /** Unset fields fall back to the owner's: "Work (Gilles Buisson)" and the owner's colour. */
  private static SharerView toView(ShareeViewEntity view) {
    SharedCollectionEntity collection = view.collection;
    String ownerName = collection.ownerDisplayName != null
        ? collection.ownerDisplayName
        : Address.parse(collection.owner).localPart();
    String name = collection.displayName != null ? collection.displayName : collection.name;
    return new SharerView(
        view.nameInHome,
        view.displayName != null ? view.displayName : name + " (" + ownerName + ")",
        view.color != null ? view.color : collection.color,
        view.order);
  }
}
