package dev.partage.ical;

import static dev.partage.ical.Props.DTSTART;
import static dev.partage.ical.Props.EXDATE;
import static dev.partage.ical.Props.RDATE;
import static dev.partage.ical.Props.RECURRENCE_ID;
import static dev.partage.ical.Props.RRULE;

import dev.partage.dav.caldav.filter.TimeRange;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Period;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.Recur;
import net.fortuna.ical4j.model.component.CalendarComponent;
import net.fortuna.ical4j.model.property.RDate;
import net.fortuna.ical4j.model.property.RRule;

/**
 * Expands a calendar object resource into its occurrences (RFC 5545 section 3.8.5): DTSTART, the
 * RRULE dates and the RDATE dates or periods, minus EXDATE, with each instance named by an
 * override's RECURRENCE-ID replaced by that override. Overrides always count, even when their
 * original time is outside the window: a moved instance is found where it now is.
 */
final class OccurrenceExpander {

  /** Most RRULE dates generated per rule: bounds the work one stored object can cause. */
  static final int MAX_INSTANCES = 10_000;

  /** Floating values read in any zone differ from UTC by at most 14 h; a day covers it. */
  private static final Duration MARGIN = Duration.ofDays(1);

  /** Where generation of an unbounded rule stops when nothing else bounds it. */
  private static final Duration OPEN_END = Duration.ofDays(366L * 200);

  private static final Comparator<Occurrence> BY_START =
      Comparator.comparing(o -> o.span().start(), Comparator.nullsFirst(Comparator.naturalOrder()));

  private OccurrenceExpander() {}

  /** The occurrences that may overlap {@code window} (all of them when null). */
  static Expansion expand(CalendarObject object, TimeRange window, ZoneId floatingZone) {
    return expand(object, window, floatingZone, MAX_INSTANCES);
  }

  static Expansion expand(
      CalendarObject object, TimeRange window, ZoneId floatingZone, int maxRuleInstances) {
    List<Occurrence> occurrences = new ArrayList<>();
    Set<Instant> overridden = new HashSet<>();
    for (CalendarComponent override : object.overrides()) {
      Temporal recurrenceId = Props.date(override, RECURRENCE_ID).orElseThrow();
      overridden.add(IcalTime.toInstant(recurrenceId, floatingZone));
      add(occurrences, override, recurrenceId, null, null, floatingZone);
    }
    boolean bounded = true;
    CalendarComponent master = object.master();
    if (master != null) {
      Temporal dtstart = Props.date(master, DTSTART).orElse(null);
      if (dtstart == null || !isRecurring(master)) {
        add(occurrences, master, null, null, null, floatingZone);
      } else {
        RecurrenceStarts starts =
            recurrenceStarts(master, dtstart, window, floatingZone, maxRuleInstances);
        bounded = starts.bounded();
        for (InstanceStart start : starts.starts()) {
          if (!overridden.contains(IcalTime.toInstant(start.start(), floatingZone))) {
            add(occurrences, master, start.start(), start.start(), start.periodEnd(), floatingZone);
          }
        }
      }
    }
    occurrences.sort(BY_START);
    return new Expansion(List.copyOf(occurrences), bounded);
  }

  static boolean isRecurring(Component master) {
    return Props.has(master, RRULE) || Props.has(master, RDATE);
  }

  private static void add(
      List<Occurrence> occurrences,
      CalendarComponent component,
      Temporal recurrenceId,
      Temporal start,
      Temporal periodEnd,
      ZoneId zone) {
    Temporal shownStart = start != null ? start : Props.date(component, DTSTART).orElse(null);
    for (Span span : ComponentTimes.spans(component, start, periodEnd, zone)) {
      occurrences.add(new Occurrence(component, recurrenceId, shownStart, span));
    }
  }

  private record InstanceStart(Temporal start, Temporal periodEnd) {}

  private record RecurrenceStarts(List<InstanceStart> starts, boolean bounded) {}

  private static RecurrenceStarts recurrenceStarts(
      Component master, Temporal dtstart, TimeRange window, ZoneId zone, int maxRuleInstances) {
    Map<Instant, InstanceStart> starts = new TreeMap<>();
    // RFC 5545 section 3.8.5.3: DTSTART is always the first instance of the set.
    starts.put(IcalTime.toInstant(dtstart, zone), new InstanceStart(dtstart, null));
    boolean bounded = true;
    for (RRule<Temporal> rule : master.<RRule<Temporal>>getProperties(RRULE)) {
      Recur<Temporal> recur = rule.getRecur();
      bounded &= recur.getCount() > 0 || recur.getUntil() != null;
      List<Temporal> dates = ruleDates(master, recur, dtstart, window, zone, maxRuleInstances);
      if (dates.size() > maxRuleInstances) {
        bounded = false;
        dates = dates.subList(0, maxRuleInstances);
      }
      dates.forEach(
          date -> starts.put(IcalTime.toInstant(date, zone), new InstanceStart(date, null)));
    }
    for (RDate<Temporal> rdate : master.<RDate<Temporal>>getProperties(RDATE)) {
      if (rdate.getPeriods().isPresent()) {
        for (Period<Temporal> period : rdate.getPeriods().get()) {
          starts.put(
              IcalTime.toInstant(period.getStart(), zone),
              new InstanceStart(period.getStart(), period.getEnd()));
        }
      } else {
        for (Temporal date : rdate.getDates()) {
          starts.put(IcalTime.toInstant(date, zone), new InstanceStart(date, null));
        }
      }
    }
    removeExcluded(master, starts, zone);
    return new RecurrenceStarts(List.copyOf(starts.values()), bounded);
  }

  private static List<Temporal> ruleDates(
      Component master,
      Recur<Temporal> recur,
      Temporal dtstart,
      TimeRange window,
      ZoneId zone,
      int maxRuleInstances) {
    Instant seed = IcalTime.toInstant(dtstart, zone);
    Instant from = seed;
    if (window != null && window.start() != null) {
      // An instance that starts before the window may still run into it.
      Instant earliest = window.start().minus(longestInstance(master, dtstart, zone)).minus(MARGIN);
      from = earliest.isAfter(seed) ? earliest : seed;
    }
    Instant to =
        window != null && window.end() != null ? window.end().plus(MARGIN) : seed.plus(OPEN_END);
    if (!to.isAfter(from)) {
      return List.of();
    }
    return recur.getDates(
        dtstart,
        IcalTime.sameKindAs(dtstart, from, zone),
        IcalTime.sameKindAs(dtstart, to, zone),
        maxRuleInstances + 1);
  }

  private static Duration longestInstance(Component master, Temporal dtstart, ZoneId zone) {
    Instant start = IcalTime.toInstant(dtstart, zone);
    return ComponentTimes.length(master)
        .map(length -> Duration.between(start, ComponentTimes.plus(dtstart, length, zone)))
        .orElse(Duration.ofDays(1));
  }

  private static void removeExcluded(
      Component master, Map<Instant, InstanceStart> starts, ZoneId zone) {
    Set<LocalDate> excludedDays = new HashSet<>();
    for (Property exdate : master.getProperties(EXDATE)) {
      for (Temporal excluded : Props.dateListValue(exdate)) {
        if (excluded instanceof LocalDate day) {
          excludedDays.add(day);
        } else {
          starts.remove(IcalTime.toInstant(excluded, zone));
        }
      }
    }
    if (!excludedDays.isEmpty()) {
      // An EXDATE;VALUE=DATE removes the instances of that day (RFC 5545 section 3.8.5.1).
      starts.values().removeIf(start -> excludedDays.contains(localDay(start.start(), zone)));
    }
  }

  private static LocalDate localDay(Temporal start, ZoneId zone) {
    return switch (start) {
      case LocalDate day -> day;
      case LocalDateTime floating -> floating.toLocalDate();
      case ZonedDateTime zoned -> zoned.toLocalDate();
      default -> LocalDate.ofInstant(IcalTime.toInstant(start, zone), zone);
    };
  }
}
