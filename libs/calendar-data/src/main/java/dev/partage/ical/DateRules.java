package dev.partage.ical;

import static dev.partage.ical.InvalidCalendarDataException.VALID_CALENDAR_DATA;
import static dev.partage.ical.Props.DTEND;
import static dev.partage.ical.Props.DTSTART;
import static dev.partage.ical.Props.DUE;
import static dev.partage.ical.Props.DURATION;
import static dev.partage.ical.Props.RRULE;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.zone.ZoneRulesException;
import java.time.temporal.Temporal;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.property.DateListProperty;
import net.fortuna.ical4j.model.property.DateProperty;

/**
 * Date and time rules of RFC 5545 a server relies on to place a component in time: every value
 * resolves (a TZID names a VTIMEZONE of the object or a known zone), a VEVENT has a DTSTART
 * (section 3.6.1), an end never comes before its start, and DTEND or DUE never come with DURATION.
 */
final class DateRules {

  private DateRules() {}

  static void check(Calendar calendar) {
    for (Component component : calendar.getComponents()) {
      checkValues(component);
    }
    for (Component component : calendar.getComponents()) {
      switch (component.getName()) {
        case "VEVENT" -> checkPlacement(component, DTEND, true);
        case "VTODO" -> checkPlacement(component, DUE, false);
        default -> {}
      }
    }
  }

  /** The value of a date property, or the exception telling which value is broken. */
  static Temporal dateOf(Component component, String name) {
    return component.getProperty(name).map(DateRules::resolve).orElse(null);
  }

  private static void checkValues(Component component) {
    for (Property property : component.getProperties()) {
      try {
        if (property instanceof DateProperty<?>) {
          Props.dateValue(property);
        } else if (property instanceof DateListProperty<?>) {
          Props.dateListValue(property);
        }
      } catch (RuntimeException e) {
        throw broken(component, property, e);
      }
    }
    Subcomponents.of(component).forEach(DateRules::checkValues);
  }

  private static Temporal resolve(Property property) {
    try {
      return Props.dateValue(property);
    } catch (RuntimeException e) {
      throw broken(null, property, e);
    }
  }

  private static InvalidCalendarDataException broken(
      Component component, Property property, Exception e) {
    String where =
        component == null ? property.getName() : component.getName() + " " + property.getName();
    String tzid = property.<Parameter>getParameter("TZID").map(Parameter::getValue).orElse(null);
    String message =
        tzid != null && e instanceof ZoneRulesException
            ? ("The %s value uses TZID %s, which names no VTIMEZONE in the object and no known"
                    + " time zone; include its VTIMEZONE.")
                .formatted(where, tzid)
            : "The %s value \"%s\" is not a valid date or date-time (RFC 5545 section 3.3.5)."
                .formatted(where, property.getValue());
    return new InvalidCalendarDataException(VALID_CALENDAR_DATA, message, e);
  }

  private static void checkPlacement(Component component, String endName, boolean startRequired) {
    String type = component.getName();
    Temporal start = dateOf(component, DTSTART);
    if (start == null && Props.has(component, RRULE)) {
      // A series is generated from its DTSTART, so a task's DUE cannot stand in for it; Xandikos
      // refuses it too (jelmer/xandikos#663). Overrides carry no RRULE: DAVx5's completed
      // occurrences without DTSTART pass.
      throw new InvalidCalendarDataException(
          VALID_CALENDAR_DATA,
          ("The %s has an RRULE but no DTSTART; add the DTSTART its recurrence starts from (RFC"
                  + " 5545 section 3.8.2.4).")
              .formatted(type));
    }
    if (start == null && (startRequired || Props.has(component, DURATION))) {
      throw new InvalidCalendarDataException(
          VALID_CALENDAR_DATA,
          "The %s has no DTSTART; add one (RFC 5545 section %s)."
              .formatted(type, startRequired ? "3.6.1" : "3.6.2"));
    }
    if (Props.has(component, endName) && Props.has(component, DURATION)) {
      throw new InvalidCalendarDataException(
          VALID_CALENDAR_DATA,
          "The %s has both %s and DURATION; keep only one of them (RFC 5545 section %s)."
              .formatted(type, endName, startRequired ? "3.6.1" : "3.6.2"));
    }
    Temporal end = dateOf(component, endName);
    if (start != null && end != null && instant(end).isBefore(instant(start))) {
      throw new InvalidCalendarDataException(
          VALID_CALENDAR_DATA,
          "The %s ends (%s %s) before it starts (DTSTART %s); fix the end."
              .formatted(type, endName, end, start));
    }
  }

  /** Only to compare two values of one component: floating values read alike on both sides. */
  private static Instant instant(Temporal value) {
    return IcalTime.toInstant(value, ZoneOffset.UTC);
  }
}
