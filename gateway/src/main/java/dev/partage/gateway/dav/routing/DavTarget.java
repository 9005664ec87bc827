package dev.partage.gateway.dav.routing;

/**
 * What a request URL names, before anything is looked up: the kinds of resource the gateway serves
 * under {@code /dav/} (ARCHITECTURE.md, "URLs presented to clients"). Names are decoded segments.
 */
public sealed interface DavTarget {

  /** The owner of the resource, or null for the root and unknown URLs. */
  String owner();

  /** The home the resource lies in, or null outside the homes (root, principals, unknown). */
  default HomeKind kind() {
    return null;
  }

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

  /**
   * {@code /dav/calendars/{owner}/} or {@code /dav/addressbooks/{owner}/}: the one home of its kind
   * a user has (RFC 4791 section 6.2.1, RFC 6352 section 7.1.1).
   */
  record Home(HomeKind kind, String owner) implements DavTarget {

    public String href() {
      return DavUrls.home(kind, owner);
    }
  }

  /** {@code /dav/{home}/{owner}/{name}/}: a calendar, task list or address book. */
  record Collection(HomeKind kind, String owner, String name) implements DavTarget {

    public String href() {
      return DavUrls.collection(kind, owner, name);
    }

    /** The member called {@code memberName} of this collection. */
    public Member member(String memberName) {
      return new Member(kind, owner, name, memberName);
    }
  }

  /** {@code /dav/{home}/{owner}/{collection}/{name}}: a calendar object resource or a vCard. */
  record Member(HomeKind kind, String owner, String collection, String name) implements DavTarget {

    public String href() {
      return DavUrls.member(kind, owner, collection, name);
    }

    /** The collection this member lies in. */
    public Collection parent() {
      return new Collection(kind, owner, collection);
    }
  }

  /** Any other URL; it names nothing the gateway serves. */
  record Unknown() implements DavTarget {
    @Override
    public String owner() {
      return null;
    }
  }
}
