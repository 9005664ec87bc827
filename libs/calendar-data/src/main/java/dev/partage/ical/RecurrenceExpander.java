package dev.partage.ical;

import static dev.partage.ical.Props.DTEND;
import static dev.partage.ical.Props.DTSTART;
import static dev.partage.ical.Props.DUE;
import static dev.partage.ical.Props.EXDATE;
import static dev.partage.ical.Props.RDATE;
import static dev.partage.ical.Props.RECURRENCE_ID;
import static dev.partage.ical.Props.RRULE;

import dev.partage.dav.caldav.filter.TimeRange;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.Temporal;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.component.CalendarComponent;

/**
 * The calendar-data transformations a calendar-query or multiget may ask for: CALDAV:expand (RFC
 * 4791 section 9.6.5) and CALDAV:limit-recurrence-set (section 9.6.6).
 */
public final class RecurrenceExpander {

  private RecurrenceExpander() {}

  /** {@link #expand(CalendarObject, TimeRange, ZoneId)} with floating times read in UTC. */
  public static String expand(CalendarObject object, TimeRange range) {
    return expand(object, range, ZoneOffset.UTC);
  }

  /**
   * Each instance overlapping {@code range} as its own component with a RECURRENCE-ID, its
   * DATE-TIME values in UTC, without RRULE, RDATE, EXDATE or VTIMEZONE (section 9.6.5). A
   * non-recurring object comes back converted to UTC too. All-day values stay DATE values: a day
   * has no UTC form, and clients (Apple Calendar, Thunderbird) expect all-day events to stay
   * all-day.
   */
  public static String expand(CalendarObject object, TimeRange range, ZoneId floatingZone) {
    requireBounded(range, "expand");
    Source source = new Source(object);
    ContentLines out = new ContentLines().line("BEGIN:VCALENDAR");
    source.calendar().properties().forEach(out::line);
    OccurrenceExpander.expand(object, range, floatingZone).occurrences().stream()
        .filter(occurrence -> occurrence.span().overlaps(range))
        .forEach(
            occurrence ->
                writeInstance(out, occurrence, source.of(occurrence.component()), floatingZone));
    return out.line("END:VCALENDAR").toString();
  }

  /**
   * The object with only the overrides that overlap {@code range}; the master and time zones are
   * kept as they are (section 9.6.6).
   */
  public static String limitRecurrenceSet(CalendarObject object, TimeRange range) {
    requireBounded(range, "limit-recurrence-set");
    Set<CalendarComponent> overlapping = Collections.newSetFromMap(new IdentityHashMap<>());
    OccurrenceExpander.expand(object, range, ZoneOffset.UTC).occurrences().stream()
        .filter(occurrence -> occurrence.span().overlaps(range))
        .forEach(occurrence -> overlapping.add(occurrence.component()));
    Source source = new Source(object);
    ContentLines out = new ContentLines().line("BEGIN:VCALENDAR");
    source.calendar().properties().forEach(out::line);
    for (CalendarComponent component : object.calendar().getComponents()) {
      boolean override = object.overrides().contains(component);
      if (!override || overlapping.contains(component)) {
        source.of(component).writeTo(out);
      }
    }
    return out.line("END:VCALENDAR").toString();
  }

  /** RFC 4791 sections 9.6.5 and 9.6.6 make both start and end required. */
  private static void requireBounded(TimeRange range, String element) {
    if (range == null || range.start() == null || range.end() == null) {
      throw new IllegalArgumentException("CALDAV:" + element + " needs both a start and an end");
    }
  }

  /**
   * The object's text read once more as {@link SourceComponent}s, to copy what the client wrote:
   * ical4j lists the components of the VCALENDAR in the order of the text.
   */
  private record Source(CalendarObject object, SourceComponent calendar) {

    Source(CalendarObject object) {
      this(object, SourceComponent.read(object.text()));
    }

    SourceComponent of(CalendarComponent component) {
      List<CalendarComponent> components = object.calendar().getComponents();
      for (int i = 0; i < components.size(); i++) {
        if (components.get(i) == component) {
          return calendar.components().get(i);
        }
      }
      throw new IllegalArgumentException(component.getName() + " is not part of this object");
    }
  }

  /**
   * Writes the instance with its properties as the client wrote them and in their order, the times
   * replaced in place; an instance of the master gets its RECURRENCE-ID right after DTSTART.
   */
  private static void writeInstance(
      ContentLines out, Occurrence occurrence, SourceComponent source, ZoneId zone) {
    Component component = occurrence.component();
    out.line("BEGIN:" + source.name());
    for (String line : source.properties()) {
      String name = SourceComponent.nameOf(line);
      switch (name) {
        case RRULE, RDATE, EXDATE -> {}
        case DTSTART -> {
          out.line(
              DTSTART
                  + value(occurrence.start(), IcalTime.toInstant(occurrence.start(), zone), zone));
          if (!Props.has(component, RECURRENCE_ID) && occurrence.recurrenceId() != null) {
            writeRecurrenceId(out, occurrence.recurrenceId(), zone);
          }
        }
        case DTEND, DUE -> {
          Temporal end = Props.date(component, name).orElseThrow();
          out.line(name + value(end, instanceEnd(occurrence, end, zone), zone));
        }
        case RECURRENCE_ID -> writeRecurrenceId(out, occurrence.recurrenceId(), zone);
        default -> out.line(line);
      }
    }
    source.components().forEach(sub -> sub.writeTo(out));
    out.line("END:" + source.name());
  }

  /** The end of this instance; a VTODO without DTSTART keeps its own DUE. */
  private static Instant instanceEnd(Occurrence occurrence, Temporal end, ZoneId zone) {
    return occurrence.start() != null ? occurrence.span().end() : IcalTime.toInstant(end, zone);
  }

  private static void writeRecurrenceId(ContentLines out, Temporal recurrenceId, ZoneId zone) {
    out.line(RECURRENCE_ID + value(recurrenceId, IcalTime.toInstant(recurrenceId, zone), zone));
  }

  /** ";VALUE=DATE:20060104" for a date, ":20060104T140000Z" for any date-time. */
  private static String value(Temporal kind, Instant instant, ZoneId zone) {
    if (IcalTime.isDate(kind)) {
      return ";VALUE=DATE:" + IcalTime.formatDate(LocalDate.ofInstant(instant, zone));
    }
    return ":" + IcalTime.formatUtc(instant);
  }
}
