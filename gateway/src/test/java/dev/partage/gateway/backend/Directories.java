package dev.partage.gateway.backend;

import dev.partage.gateway.dav.routing.HomeKind;
import java.util.List;

/** Collection directories for handler tests, whose constructor the backend package keeps. */
public final class Directories {

  private Directories() {}

  /** A directory that serves no home: enough for handlers that only forget a home after a write. */
  public static CollectionDirectory servingNothing() {
    return serving();
  }

  /** A directory whose homes hold these collections, each in its owner's home of its kind. */
  public static CollectionDirectory serving(CollectionRef... collections) {
    return new CollectionDirectory(null) {
      @Override
      public List<CollectionRef> home(HomeKind kind, String owner) {
        return List.of(collections).stream()
            .filter(c -> HomeKind.of(c.kind()) == kind && c.owner().equals(owner))
            .toList();
      }
    };
  }
}
