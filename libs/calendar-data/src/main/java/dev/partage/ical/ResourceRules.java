package dev.partage.ical;

import static dev.partage.ical.InvalidCalendarDataException.VALID_CALENDAR_DATA;
import static dev.partage.ical.InvalidCalendarDataException.VALID_CALENDAR_OBJECT_RESOURCE;

import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.CalendarComponent;

/** The structural rules of RFC 4791 section 4.1 for one calendar object resource. */
final class ResourceRules {

  private static final String VTIMEZONE = "VTIMEZONE";

  private ResourceRules() {}

  static ResourceShape check(Calendar calendar) {
    if (calendar.getProperty("VERSION").isEmpty()) {
      throw new InvalidCalendarDataException(
          VALID_CALENDAR_DATA,
          "The VCALENDAR has no VERSION property; add VERSION:2.0 (RFC 5545 section 3.7.4).");
    }
    if (calendar.getProperty("METHOD").isPresent()) {
      throw new InvalidCalendarDataException(
          VALID_CALENDAR_OBJECT_RESOURCE,
          "The calendar object has a METHOD property; remove it, a stored calendar object is not an"
              + " iTIP message (RFC 4791 section 4.1).");
    }
    List<CalendarComponent> components =
        calendar.getComponents().stream().filter(c -> !VTIMEZONE.equals(c.getName())).toList();
    String type = singleComponentType(components);
    String uid = singleUid(components, type);
    List<CalendarComponent> masters = new ArrayList<>();
    List<CalendarComponent> overrides = new ArrayList<>();
    for (CalendarComponent component : components) {
      (Props.has(component, Props.RECURRENCE_ID) ? overrides : masters).add(component);
    }
    if (masters.size() > 1) {
      throw new InvalidCalendarDataException(
          VALID_CALENDAR_OBJECT_RESOURCE,
          ("The calendar object has %d %s components without RECURRENCE-ID; only the master may"
                  + " lack it, the others must name the instance they override (RFC 4791 section"
                  + " 4.1).")
              .formatted(masters.size(), type));
    }
    requireDistinctRecurrenceIds(overrides, type);
    return new ResourceShape(type, uid, masters.isEmpty() ? null : masters.getFirst(), overrides);
  }

  private static String singleComponentType(List<CalendarComponent> components) {
    Set<String> types = new LinkedHashSet<>();
    components.forEach(c -> types.add(c.getName()));
    if (types.isEmpty()) {
      throw new InvalidCalendarDataException(
          VALID_CALENDAR_OBJECT_RESOURCE,
          "The calendar object holds no VEVENT, VTODO, VJOURNAL or VFREEBUSY component; add the"
              + " event or task to store.");
    }
    if (types.size() > 1) {
      throw new InvalidCalendarDataException(
          VALID_CALENDAR_OBJECT_RESOURCE,
          ("The calendar object mixes %s components; store each type in its own resource"
                  + " (RFC 4791 section 4.1).")
              .formatted(String.join(" and ", types)));
    }
    return types.iterator().next();
  }

  private static String singleUid(List<CalendarComponent> components, String type) {
    Set<String> uids = new LinkedHashSet<>();
    for (CalendarComponent component : components) {
      String uid = Props.text(component, Props.UID).map(String::strip).orElse("");
      if (uid.isEmpty()) {
        throw new InvalidCalendarDataException(
            VALID_CALENDAR_OBJECT_RESOURCE,
            ("A %s component has no UID; give it one, every calendar object is identified by its"
                    + " UID (RFC 4791 section 4.1).")
                .formatted(type));
      }
      uids.add(uid);
    }
    if (uids.size() > 1) {
      throw new InvalidCalendarDataException(
          VALID_CALENDAR_OBJECT_RESOURCE,
          ("The calendar object has more than one UID (%s); one resource holds one %s and its"
                  + " overrides (RFC 4791 section 4.1).")
              .formatted(String.join(", ", uids), type));
    }
    return uids.iterator().next();
  }

  private static void requireDistinctRecurrenceIds(List<CalendarComponent> overrides, String type) {
    Set<Temporal> seen = new HashSet<>();
    for (CalendarComponent override : overrides) {
      Temporal recurrenceId = DateRules.dateOf(override, Props.RECURRENCE_ID);
      if (!seen.add(recurrenceId)) {
        throw new InvalidCalendarDataException(
            VALID_CALENDAR_OBJECT_RESOURCE,
            "Two %s components override the same instance (RECURRENCE-ID %s); keep one of them."
                .formatted(type, override.getProperty(Props.RECURRENCE_ID).get().getValue()));
      }
    }
  }
}
