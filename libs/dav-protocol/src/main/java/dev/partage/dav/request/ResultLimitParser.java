package dev.partage.dav.request;

import dev.partage.dav.xml.DavException;
import dev.partage.dav.xml.XmlElement;
import javax.xml.namespace.QName;

/**
 * A limit element holding nresults: DAV:limit of sync-collection (RFC 6578 section 3.7) and
 * CARDDAV:limit of addressbook-query (RFC 6352 section 8.6.1) have the same shape.
 */
final class ResultLimitParser {

  private ResultLimitParser() {}

  /** The positive number of results {@code limit} allows, or null when there is no limit. */
  static Integer parse(XmlElement limit, QName nresultsName) {
    if (limit == null) {
      return null;
    }
    XmlElement nresults = limit.child(nresultsName);
    String value = nresults == null ? "" : nresults.text();
    try {
      int results = Integer.parseInt(value);
      if (results > 0) {
        return results;
      }
    } catch (NumberFormatException e) {
      // Reported below with the other malformed values.
    }
    throw DavException.badRequest(
        RequestBodies.display(limit.name())
            + " must hold "
            + RequestBodies.display(nresultsName)
            + " with a positive whole number, not \""
            + value
            + "\".");
  }
}
