package dev.partage.ical;

import static dev.partage.ical.InvalidCalendarDataException.SUPPORTED_CALENDAR_COMPONENT;

import java.time.Instant;
import java.time.temporal.Temporal;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Recur;
import net.fortuna.ical4j.model.component.CalendarComponent;
import net.fortuna.ical4j.model.property.RRule;

/**
 * One parsed and validated calendar object resource (RFC 4791 section 4.1). Parse once, then ask
 * for its index, match filters or expand it. The original text is kept untouched: clients compare
 * what they stored with what they read back.
 */
public final class CalendarObject {

  private final String text;
  private final Calendar calendar;
  private final ResourceShape shape;

  /**
   * Computed on first use: a query parses stored objects without needing their index, and a long
   * series costs a full expansion. Racing threads compute the same immutable record.
   */
  private ObjectIndex index;

  private CalendarObject(String text, Calendar calendar, ResourceShape shape) {
    this.text = text;
    this.calendar = calendar;
    this.shape = shape;
  }

  /**
   * Parses and validates {@code text}.
   *
   * @throws InvalidCalendarDataException with condition valid-calendar-data or
   *     valid-calendar-object-resource
   */
  public static CalendarObject parse(String text) {
    Calendar calendar = IcalendarReader.read(text);
    DateRules.check(calendar);
    ResourceShape shape = ResourceRules.check(calendar);
    return new CalendarObject(text, calendar, shape);
  }

  /** Exactly the text the client sent. */
  public String text() {
    return text;
  }

  public String uid() {
    return shape.uid();
  }

  /** VEVENT, VTODO, VJOURNAL or VFREEBUSY. */
  public String componentType() {
    return shape.componentType();
  }

  public ObjectIndex index() {
    ObjectIndex computed = index;
    if (computed == null) {
      computed = ObjectIndexer.index(this);
      index = computed;
    }
    return computed;
  }

  /**
   * Every instance as a UTC period, listed up to {@code horizon} when the series runs past it: what
   * storage keeps to answer time-range queries without parsing this object again.
   */
  public InstanceIndex instances(Instant horizon) {
    return InstanceIndexer.index(this, horizon);
  }

  /** True when the object has RRULE, RDATE or overridden instances. */
  public boolean isRecurring() {
    return !shape.overrides().isEmpty()
        || (shape.master() != null && OccurrenceExpander.isRecurring(shape.master()));
  }

  /**
   * Refuses a component type the collection does not take (RFC 4791 section 5.3.2.1,
   * supported-calendar-component-set).
   */
  public void requireComponentIn(Set<String> allowed) {
    if (!allowed.contains(componentType())) {
      String accepted =
          allowed.stream()
              .sorted()
              .map(CalendarObject::describe)
              .collect(Collectors.joining(" and "));
      throw new InvalidCalendarDataException(
          SUPPORTED_CALENDAR_COMPONENT,
          "This collection holds only %s, not %s; store it in a collection that does."
              .formatted(accepted, describe(componentType())));
    }
  }

  /** "tasks (VTODO)": what a user calls the component, then its name for the technical reader. */
  private static String describe(String componentType) {
    String plural =
        switch (componentType) {
          case "VEVENT" -> "events";
          case "VTODO" -> "tasks";
          case "VJOURNAL" -> "journal entries";
          case "VFREEBUSY" -> "free-busy information";
          default -> "components";
        };
    return plural + " (" + componentType + ")";
  }

  Calendar calendar() {
    return calendar;
  }

  /** The component without RECURRENCE-ID, or null when only overrides were stored. */
  CalendarComponent master() {
    return shape.master();
  }

  List<CalendarComponent> overrides() {
    return shape.overrides();
  }

  Temporal masterStart() {
    return shape.master() == null ? null : Props.date(shape.master(), Props.DTSTART).orElse(null);
  }

  /** True when an RRULE has neither COUNT nor UNTIL: the series never ends. */
  boolean hasUnboundedRule() {
    if (shape.master() == null) {
      return false;
    }
    for (RRule<?> rule : shape.master().<RRule<?>>getProperties(Props.RRULE)) {
      Recur<?> recur = rule.getRecur();
      if (recur.getCount() <= 0 && recur.getUntil() == null) {
        return true;
      }
    }
    return false;
  }
}
