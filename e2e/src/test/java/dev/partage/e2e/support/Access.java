package dev.partage.e2e.support;

/**
 * The two roles of the team scenario. CalendarServer sharing (CS:read, CS:read-write),
 * draft-pot-webdav-resource-sharing section 4.4.2 (DAV:read, DAV:read-write) and the management
 * API's roles all spell them with the same word.
 */
public enum Access {
  READ("read"),
  READ_WRITE("read-write");

  private final String word;

  Access(String word) {
    this.word = word;
  }

  /** The element of a CS:set that gives this access. */
  public String csElement() {
    return "<CS:%s/>".formatted(word);
  }

  /** The local name of the DAV:share-access child that gives this access. */
  public String shareAccess() {
    return word;
  }

  /** The role of the management API's share bodies. */
  public String apiRole() {
    return word;
  }
}
