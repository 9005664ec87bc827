package dev.partage.contracts.event;

import dev.partage.contracts.collection.CollectionKind;

/** Kafka topic names, one per publishing service. */
public final class Topics {

  public static final String CALENDARS = "partage.calendars";
  public static final String TASKS = "partage.tasks";
  public static final String CONTACTS = "partage.contacts";
  public static final String GRANTS = "partage.grants";

  private Topics() {}

  public static String of(CollectionKind kind) {
    return switch (kind) {
      case CALENDAR -> CALENDARS;
      case TASKS -> TASKS;
      case ADDRESSBOOK -> CONTACTS;
    };
  }
}
