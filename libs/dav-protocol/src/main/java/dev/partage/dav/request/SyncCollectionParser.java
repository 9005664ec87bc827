package dev.partage.dav.request;

import dev.partage.dav.xml.DavException;
import dev.partage.dav.xml.DavNames;
import dev.partage.dav.xml.XmlElement;

/** DAV:sync-collection (RFC 6578 section 6.1). */
final class SyncCollectionParser implements ReportBodyParser {

  @Override
  public ReportRequest parse(XmlElement body) {
    XmlElement token = body.child(DavNames.SYNC_TOKEN);
    if (token == null) {
      throw DavException.badRequest(
          "A sync-collection must hold a DAV:sync-token, empty for an initial synchronization.");
    }
    return new ReportRequest.SyncCollection(
        token.text(),
        infiniteDepth(body.child(DavNames.SYNC_LEVEL)),
        ResultLimitParser.parse(body.child(DavNames.LIMIT), DavNames.NRESULTS),
        PropNames.of(body.child(DavNames.PROP)));
  }

  /**
   * Section 3.3: sync-level is "1" or "infinite". sabre/dav, which many clients were tuned against,
   * treats a missing sync-level as "1" and also reads "infinity" (the Depth header's spelling); so
   * does this parser, so that those clients keep working.
   */
  private static boolean infiniteDepth(XmlElement syncLevel) {
    String level = syncLevel == null ? "1" : syncLevel.text();
    return switch (level) {
      case "1" -> false;
      case "infinite", "infinity" -> true;
      default ->
          throw DavException.badRequest(
              "DAV:sync-level must be \"1\" or \"infinite\", not \"" + level + "\".");
    };
  }
}
