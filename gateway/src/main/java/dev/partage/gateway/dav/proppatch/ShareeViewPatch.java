package dev.partage.gateway.dav.proppatch;

import dev.partage.contracts.acl.ViewPatch;
import dev.partage.contracts.collection.CollectionPatch;
import dev.partage.dav.xml.DavException;
import dev.partage.dav.xml.DavNames;

/**
 * A PROPPATCH by a sharee on a collection in their home changes only their own view of it
 * (ARCHITECTURE.md, URLs: each sharee has their own display name and colour), never the owner's
 * collection: anything else is refused whole.
 */
public final class ShareeViewPatch {

  private ShareeViewPatch() {}

  /** The view change {@code patch} asks for; a 403 when it touches anything but the view. */
  public static ViewPatch of(CollectionPatch patch) {
    boolean touchesCollection =
        patch.description() != null
            || patch.timezone() != null
            || !patch.cleared().isEmpty()
            || !patch.deadSet().isEmpty()
            || !patch.deadRemoved().isEmpty();
    if (touchesCollection) {
      throw DavException.forbidden(
          DavNames.NEED_PRIVILEGES,
          "In a collection shared with you, you may set only your own display name, colour and"
              + " order; ask its owner to change anything else.");
    }
    return new ViewPatch(patch.displayName(), patch.color(), patch.order());
  }
}
