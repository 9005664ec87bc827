package dev.partage.ical;

import java.util.List;
import net.fortuna.ical4j.model.component.CalendarComponent;

/**
 * What RFC 4791 section 4.1 allows in one calendar object resource: components of one type sharing
 * one UID, at most one of them without RECURRENCE-ID (the master, absent when a client only stores
 * the instances it was invited to).
 */
record ResourceShape(
    String componentType, String uid, CalendarComponent master, List<CalendarComponent> overrides) {

  ResourceShape {
    overrides = List.copyOf(overrides);
  }
}
