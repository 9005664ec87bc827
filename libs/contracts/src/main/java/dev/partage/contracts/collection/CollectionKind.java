package dev.partage.contracts.collection;

/** The three collection types, each owned by one service. */
public enum CollectionKind {
  /** VEVENT calendars (possibly with other components too), calendar-service. */
  CALENDAR,
  /** VTODO-only task lists, task-service. */
  TASKS,
  /** vCard address books, contact-service. */
  ADDRESSBOOK
}
