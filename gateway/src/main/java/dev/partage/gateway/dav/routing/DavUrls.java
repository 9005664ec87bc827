package dev.partage.gateway.dav.routing;

import dev.partage.dav.response.DavHrefs;

/**
 * The hrefs the gateway writes, each segment percent-encoded, collections ending in '/' (RFC 4918
 * section 5.2). The one place that knows the URL layout of ARCHITECTURE.md besides {@link
 * DavPaths}.
 */
public final class DavUrls {

  public static final String ROOT = "/dav/";

  private DavUrls() {}

  public static String principal(String user) {
    return "/dav/principals/" + DavHrefs.encodeSegment(user) + "/";
  }

  public static String home(HomeKind kind, String owner) {
    return ROOT + kind.segment() + "/" + DavHrefs.encodeSegment(owner) + "/";
  }

  public static String collection(HomeKind kind, String owner, String name) {
    return home(kind, owner) + DavHrefs.encodeSegment(name) + "/";
  }

  public static String member(HomeKind kind, String owner, String collection, String name) {
    return collection(kind, owner, collection) + DavHrefs.encodeSegment(name);
  }

  /** The calendar user address of a user (RFC 6638 section 2.4.1). */
  public static String mailto(String user) {
    return "mailto:" + user;
  }
}
