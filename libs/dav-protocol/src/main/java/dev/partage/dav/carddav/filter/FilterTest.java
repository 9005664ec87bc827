package dev.partage.dav.carddav.filter;

/** How CardDAV combines sibling tests: the {@code test} attribute (RFC 6352 sections 10.5, 10.5.1). */
public enum FilterTest {
  /** "anyof", the default: one passing test is enough. */
  ANY_OF,
  /** "allof": every test must pass. */
  ALL_OF;

  /** The value of a {@code test} attribute; absent means anyof. */
  public static FilterTest of(String attribute) {
    if (attribute == null || attribute.equals("anyof")) {
      return ANY_OF;
    }
    if (attribute.equals("allof")) {
      return ALL_OF;
    }
    throw new IllegalArgumentException("test must be \"anyof\" or \"allof\", not \"" + attribute + "\"");
  }
}
