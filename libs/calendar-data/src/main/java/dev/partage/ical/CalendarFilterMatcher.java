package dev.partage.ical;

import dev.partage.dav.caldav.filter.CompFilter;
import dev.partage.dav.caldav.filter.ParamFilter;
import dev.partage.dav.caldav.filter.PropFilter;
import dev.partage.dav.caldav.filter.TimeRange;
import dev.partage.dav.filter.TextMatcher;
import java.time.Duration;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.Temporal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.property.DateListProperty;
import net.fortuna.ical4j.model.property.DateProperty;

/**
 * Evaluates a CALDAV:filter (RFC 4791 section 9.7) against one calendar object resource. A
 * component matches a time-range when any of its occurrences does (section 9.9): the master through
 * its recurrence set minus the instances its overrides replace, each override through its own
 * times.
 */
public final class CalendarFilterMatcher {

  private static final String VCALENDAR = "VCALENDAR";
  private static final String VALARM = "VALARM";

  private final CalendarObject object;
  private final ZoneId floatingZone;
  private final Map<TimeRange, Expansion> expansions = new HashMap<>();

  private CalendarFilterMatcher(CalendarObject object, ZoneId floatingZone) {
    this.object = object;
    this.floatingZone = floatingZone;
  }

  /** Matches with floating times read in UTC. */
  public static boolean matches(CalendarObject object, CompFilter filter) {
    return matches(object, filter, ZoneOffset.UTC);
  }

  /**
   * Matches with floating times read in {@code floatingZone}: the zone of the calendar-query's
   * CALDAV:timezone, or of the collection's calendar-timezone (RFC 4791 section 9.9).
   */
  public static boolean matches(CalendarObject object, CompFilter filter, ZoneId floatingZone) {
    if (!VCALENDAR.equalsIgnoreCase(filter.name()) || filter.isNotDefined()) {
      return false;
    }
    CalendarFilterMatcher matcher = new CalendarFilterMatcher(object, floatingZone);
    return matcher.propertiesMatch(object.calendar().getProperties(), filter.propFilters())
        && filter.compFilters().stream()
            .allMatch(
                child -> matcher.childrenMatch(null, object.calendar().getComponents(), child));
  }

  /**
   * True when {@code filter} only asks for one component type within a time-range (VCALENDAR >
   * VEVENT > time-range), the query clients send most: an index of occurrences can then answer it
   * without parsing the objects.
   */
  public static boolean isTimeRangeOnly(CompFilter filter) {
    if (!VCALENDAR.equalsIgnoreCase(filter.name())
        || filter.isNotDefined()
        || filter.timeRange() != null
        || !filter.propFilters().isEmpty()
        || filter.compFilters().size() != 1) {
      return false;
    }
    CompFilter component = filter.compFilters().getFirst();
    return !component.isNotDefined()
        && component.timeRange() != null
        && component.propFilters().isEmpty()
        && component.compFilters().isEmpty();
  }

  /** Section 9.7.1: is-not-defined asks for absence, else one named child must match it all. */
  private boolean childrenMatch(
      Component parent, List<? extends Component> children, CompFilter filter) {
    List<? extends Component> named =
        children.stream().filter(child -> child.getName().equalsIgnoreCase(filter.name())).toList();
    if (filter.isNotDefined()) {
      return named.isEmpty();
    }
    return named.stream().anyMatch(child -> componentMatches(parent, child, filter));
  }

  private boolean componentMatches(Component parent, Component component, CompFilter filter) {
    return (filter.timeRange() == null || inTimeRange(parent, component, filter.timeRange()))
        && propertiesMatch(component.getProperties(), filter.propFilters())
        && filter.compFilters().stream()
            .allMatch(child -> childrenMatch(component, Subcomponents.of(component), child));
  }

  private boolean inTimeRange(Component parent, Component component, TimeRange range) {
    if (VALARM.equalsIgnoreCase(component.getName()) && parent != null) {
      TimeRange window = widen(range, AlarmTimes.reach(component));
      return AlarmTimes.firesIn(component, occurrencesOf(parent, window), range);
    }
    return occurrencesOf(component, range).stream().anyMatch(o -> o.span().overlaps(range));
  }

  private List<Occurrence> occurrencesOf(Component component, TimeRange window) {
    Expansion expansion =
        expansions.computeIfAbsent(window, w -> OccurrenceExpander.expand(object, w, floatingZone));
    return expansion.occurrences().stream().filter(o -> o.component() == component).toList();
  }

  private static TimeRange widen(TimeRange range, Duration by) {
    return new TimeRange(
        range.start() == null ? null : range.start().minus(by),
        range.end() == null ? null : range.end().plus(by));
  }

  private boolean propertiesMatch(List<Property> properties, List<PropFilter> filters) {
    return filters.stream().allMatch(filter -> propertyFilterMatches(properties, filter));
  }

  /** Section 9.7.2. */
  private boolean propertyFilterMatches(List<Property> properties, PropFilter filter) {
    List<Property> named =
        properties.stream().filter(p -> p.getName().equalsIgnoreCase(filter.name())).toList();
    if (filter.isNotDefined()) {
      return named.isEmpty();
    }
    return named.stream().anyMatch(property -> propertyMatches(property, filter));
  }

  private boolean propertyMatches(Property property, PropFilter filter) {
    return (filter.timeRange() == null || valueInTimeRange(property, filter.timeRange()))
        && (filter.textMatch() == null
            || TextMatcher.matchesAny(filter.textMatch(), Props.textValues(property)))
        && filter.paramFilters().stream()
            .allMatch(param -> parameterFilterMatches(property, param));
  }

  /** Section 9.7.3. */
  private static boolean parameterFilterMatches(Property property, ParamFilter filter) {
    List<Parameter> named =
        property.getParameterList().getAll().stream()
            .filter(p -> p.getName().equalsIgnoreCase(filter.name()))
            .toList();
    if (filter.isNotDefined()) {
      return named.isEmpty();
    }
    return named.stream()
        .anyMatch(
            p ->
                filter.textMatch() == null
                    || TextMatcher.matches(filter.textMatch(), p.getValue()));
  }

  /**
   * A time-range on a DATE or DATE-TIME property (section 9.7.2): a date-time is a point in time, a
   * date covers its day.
   */
  private boolean valueInTimeRange(Property property, TimeRange range) {
    List<? extends Temporal> values =
        switch (property) {
          case DateProperty<?> single ->
              single.getDate() == null ? List.of() : List.of(single.getDate());
          case DateListProperty<?> list -> Props.dateListValue(list);
          default -> List.of();
        };
    return values.stream().anyMatch(value -> valueSpan(value).overlaps(range));
  }

  private Span valueSpan(Temporal value) {
    boolean floating = IcalTime.isFloating(value);
    if (IcalTime.isDate(value)) {
      return Span.of(
          IcalTime.toInstant(value, floatingZone),
          ComponentTimes.plus(value, Period.ofDays(1), floatingZone),
          floating);
    }
    return Span.instant(IcalTime.toInstant(value, floatingZone), floating);
  }
}
