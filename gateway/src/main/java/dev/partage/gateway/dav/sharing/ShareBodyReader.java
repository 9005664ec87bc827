package dev.partage.gateway.dav.sharing;

import dev.partage.contracts.acl.Role;
import dev.partage.dav.xml.DavException;
import dev.partage.dav.xml.DavNames;
import dev.partage.dav.xml.XmlElement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads the two sharing POST bodies into {@link ShareChanges}: CalendarServer's {@code CS:share}
 * (what Apple clients send) and draft-pot-webdav-resource-sharing's {@code DAV:share-resource}.
 */
public final class ShareBodyReader {

  private static final String MAILTO = "mailto:";
  private static final String PRINCIPALS = "/dav/principals/";

  private ShareBodyReader() {}

  public static ShareChanges read(XmlElement body) {
    if (body == null) {
      throw DavException.badRequest(
          "Send a CS:share or DAV:share-resource body to change who the collection is shared"
              + " with.");
    }
    if (body.name().equals(DavNames.CS_SHARE)) {
      return calendarServerShare(body);
    }
    if (body.name().equals(DavNames.SHARE_RESOURCE)) {
      return shareResource(body);
    }
    throw DavException.badRequest(
        "A POST on a collection must carry CS:share or DAV:share-resource, not "
            + body.name()
            + ".");
  }

  /** caldav-sharing.txt section 5.3.1: CS:set with CS:read or CS:read-write, and CS:remove. */
  private static ShareChanges calendarServerShare(XmlElement share) {
    Map<String, Role> set = new LinkedHashMap<>();
    for (XmlElement entry : share.children(DavNames.CS_SET)) {
      Role role =
          entry.has(DavNames.CS_READ_WRITE)
              ? Role.READ_WRITE
              : entry.has(DavNames.CS_READ) ? Role.READ : null;
      if (role == null) {
        throw DavException.badRequest("Each CS:set needs CS:read or CS:read-write.");
      }
      set.put(address(entry), role);
    }
    List<String> removed = new ArrayList<>();
    for (XmlElement entry : share.children(DavNames.CS_REMOVE)) {
      removed.add(address(entry));
    }
    return new ShareChanges(set, removed);
  }

  /** draft-pot-webdav-resource-sharing section 5.3.2: DAV:no-access removes the sharee. */
  private static ShareChanges shareResource(XmlElement shareResource) {
    Map<String, Role> set = new LinkedHashMap<>();
    List<String> removed = new ArrayList<>();
    for (XmlElement sharee : shareResource.children(DavNames.SHAREE)) {
      String address = address(sharee);
      XmlElement access = sharee.child(DavNames.SHARE_ACCESS);
      if (access == null) {
        throw DavException.badRequest("Each DAV:sharee needs a DAV:share-access.");
      }
      if (access.has(DavNames.NO_ACCESS)) {
        removed.add(address);
      } else if (access.has(DavNames.READ_WRITE)) {
        set.put(address, Role.READ_WRITE);
      } else if (access.has(DavNames.READ)) {
        set.put(address, Role.READ);
      } else {
        throw DavException.badRequest(
            "DAV:share-access must hold DAV:read, DAV:read-write or DAV:no-access.");
      }
    }
    return new ShareChanges(set, removed);
  }

  /** A sharee named by {@code mailto:} or by their principal URL on this server. */
  private static String address(XmlElement entry) {
    XmlElement href = entry.child(DavNames.HREF);
    String text = href == null ? "" : href.text().strip();
    String address;
    if (text.regionMatches(true, 0, MAILTO, 0, MAILTO.length())) {
      address = text.substring(MAILTO.length());
    } else if (text.contains(PRINCIPALS)) {
      address = text.substring(text.indexOf(PRINCIPALS) + PRINCIPALS.length()).replace("/", "");
    } else {
      throw DavException.badRequest(
          "Name each sharee by DAV:href, as mailto:address or their principal URL (got \""
              + text
              + "\").");
    }
    if (!address.contains("@")) {
      throw DavException.badRequest("\"" + address + "\" is not a mail address.");
    }
    return address.toLowerCase(Locale.ROOT);
  }
}
