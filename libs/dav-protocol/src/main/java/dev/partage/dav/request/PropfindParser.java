package dev.partage.dav.request;

import dev.partage.dav.xml.DavException;
import dev.partage.dav.xml.DavNames;
import dev.partage.dav.xml.XmlElement;
import java.util.List;

/** Reads a PROPFIND body (RFC 4918 section 14.20). */
public final class PropfindParser {

  private PropfindParser() {}

  /** The request in {@code bodyOrNull}; no body means allprop (RFC 4918 section 9.1). */
  public static PropfindRequest parse(XmlElement bodyOrNull) {
    if (bodyOrNull == null) {
      return new PropfindRequest.AllProp(List.of());
    }
    RequestBodies.requireRoot(bodyOrNull, DavNames.PROPFIND, "PROPFIND");
    if (bodyOrNull.has(DavNames.PROPNAME)) {
      return new PropfindRequest.PropName();
    }
    if (bodyOrNull.has(DavNames.ALLPROP)) {
      return new PropfindRequest.AllProp(PropNames.of(bodyOrNull.child(DavNames.INCLUDE)));
    }
    if (bodyOrNull.has(DavNames.PROP)) {
      return new PropfindRequest.Props(PropNames.of(bodyOrNull.child(DavNames.PROP)));
    }
    throw DavException.badRequest(
        "The DAV:propfind body must hold DAV:prop, DAV:allprop or DAV:propname.");
  }
}
