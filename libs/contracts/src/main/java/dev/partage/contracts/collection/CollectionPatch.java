package dev.partage.contracts.collection;

import java.util.Map;
import java.util.Set;

/**
 * A PROPPATCH on a collection, already checked by the gateway. Null fields stay as they are; a
 * field named in {@code cleared} is removed.
 */
public record CollectionPatch(
    String displayName,
    String color,
    String description,
    String timezone,
    Integer order,
    Set<Field> cleared,
    Map<String, String> deadSet,
    Set<String> deadRemoved) {

  public enum Field { DISPLAY_NAME, COLOR, DESCRIPTION, TIMEZONE, ORDER }

  public CollectionPatch {
    cleared = cleared == null ? Set.of() : Set.copyOf(cleared);
    deadSet = deadSet == null ? Map.of() : Map.copyOf(deadSet);
    deadRemoved = deadRemoved == null ? Set.of() : Set.copyOf(deadRemoved);
  }
}
