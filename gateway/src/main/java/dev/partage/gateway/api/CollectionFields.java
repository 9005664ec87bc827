package dev.partage.gateway.api;

import dev.partage.contracts.acl.ViewPatch;
import dev.partage.contracts.collection.CollectionPatch;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Checks of the describing fields a collection is created or changed with. */
final class CollectionFields {

  /**
   * The forms Apple's calendar-color takes and DAV clients read (#RRGGBB, #RRGGBBAA): the same rule
   * as a PROPPATCH of calendar-color, so a colour set here is one every client shows.
   */
  private static final Pattern COLOR = Pattern.compile("#[0-9A-Fa-f]{6}([0-9A-Fa-f]{2})?");

  static final int MAX_DISPLAY_NAME = 200;
  static final int MAX_DESCRIPTION = 2_000;

  private CollectionFields() {}

  /** A new collection's fields, each checked; its name stays absent when none was chosen. */
  static NewCollectionBody checked(NewCollectionBody body) {
    if (body == null || body.kind() == null) {
      throw ApiException.invalid("Say which kind of collection to create: calendar, tasks or addressbook.");
    }
    return new NewCollectionBody(body.kind(), body.name() == null ? null : CollectionNames.check(body.name()),
        requiredDisplayName(body.displayName()), color(body.color()), description(body.description()));
  }

  /** A new collection's display name, which it must have: the webmail lists collections by it. */
  static String requiredDisplayName(String displayName) {
    if (displayName == null || displayName.isBlank()) {
      throw ApiException.invalid("Give the collection a displayName, the name people see in the webmail.");
    }
    return displayName(displayName);
  }

  /** A changed display name, or null to keep it; it may not become blank. */
  static String displayName(String displayName) {
    if (displayName == null) {
      return null;
    }
    String stripped = displayName.strip();
    if (stripped.isEmpty()) {
      throw ApiException.invalid("A displayName cannot be blank; leave it out to keep the current one.");
    }
    if (stripped.length() > MAX_DISPLAY_NAME) {
      throw ApiException.invalid("A displayName is at most " + MAX_DISPLAY_NAME + " characters.");
    }
    return stripped;
  }

  /** A colour, or null when none is given. */
  static String color(String color) {
    if (color == null) {
      return null;
    }
    if (!COLOR.matcher(color).matches()) {
      throw ApiException.invalid("'" + color + "' is not a colour; write it #RRGGBB or #RRGGBBAA, e.g. #1E88E5.");
    }
    return color.toUpperCase(Locale.ROOT);
  }

  static String description(String description) {
    if (description != null && description.length() > MAX_DESCRIPTION) {
      throw ApiException.invalid("A description is at most " + MAX_DESCRIPTION + " characters.");
    }
    return description;
  }

  /** The changes to apply; an empty colour or description clears it, since JSON null means "leave it". */
  static CollectionPatch patch(CollectionChanges changes) {
    Set<CollectionPatch.Field> cleared = EnumSet.noneOf(CollectionPatch.Field.class);
    String color = null;
    if ("".equals(changes.color())) {
      cleared.add(CollectionPatch.Field.COLOR);
    } else {
      color = color(changes.color());
    }
    String description = null;
    if ("".equals(changes.description())) {
      cleared.add(CollectionPatch.Field.DESCRIPTION);
    } else {
      description = description(changes.description());
    }
    return new CollectionPatch(displayName(changes.displayName()), color, description, null, null, cleared, null, null);
  }

  /**
   * A sharee's change to their own view of a collection shared with them: their name for it and
   * their colour, as a PROPPATCH by a sharee changes them; the description is the owner's.
   */
  static ViewPatch viewPatch(CollectionChanges changes) {
    if (changes.description() != null) {
      throw ApiException.forbidden("The description of a collection shared with you is its owner's;"
          + " you may change your own displayName and color for it.");
    }
    if ("".equals(changes.color())) {
      throw ApiException.invalid("A collection shared with you keeps a colour in your view; give one,"
          + " e.g. #1E88E5.");
    }
    return new ViewPatch(displayName(changes.displayName()), color(changes.color()), null);
  }
}
