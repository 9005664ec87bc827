package dev.partage.gateway.dav.routing;

/**
 * What a request URL names, before anything is looked up: the kinds of resource the gateway serves
 * under {@code /dav/} (ARCHITECTURE.md, "URLs presented to clients"). Names are decoded segments.
 */
public sealed interface DavTarget {

  /** The owner of the resource, or null for the root and unknown URLs. */
  String owner();

  /** {@code /} and {@code /dav/}: where clients without RFC 6764 discovery start. */
  record Root() implements DavTarget {
    @Override
    public String owner() {
      return null;
    }
  }

  /** {@code /dav/principals/{user}/} (RFC 3744 section 2). */
  record Principal(String user) implements DavTarget {
    @Override
    public String owner() {
      return user;
    }
  }

  /** {@code /dav/calendars/{owner}/}: the one calendar home of a user (RFC 4791 section 6.2.1). */
  record CalendarHome(String owner) implements DavTarget {}

  /** {@code /dav/calendars/{owner}/{name}/}: a calendar or task list. */
  record CalendarCollection(String owner, String name) implements DavTarget {}

  /** {@code /dav/calendars/{owner}/{collection}/{name}}: a calendar object resource. */
  record CalendarObject(String owner, String collection, String name) implements DavTarget {}

  /** Any other URL; it names nothing the gateway serves. */
  record Unknown() implements DavTarget {
    @Override
    public String owner() {
      return null;
    }
  }
}
