package dev.partage.ical;

import static dev.partage.ical.Props.COMPLETED;
import static dev.partage.ical.Props.CREATED;
import static dev.partage.ical.Props.DTEND;
import static dev.partage.ical.Props.DTSTART;
import static dev.partage.ical.Props.DUE;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.Temporal;
import java.time.temporal.TemporalAmount;
import java.util.List;
import java.util.Optional;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.property.FreeBusy;

/**
 * The time one instance of a component occupies, per the table of RFC 4791 section 9.9. A
 * recurrence instance keeps the master's length: RFC 5545 section 3.8.5.3 says a DTEND gives the
 * same exact duration to every instance, and a DURATION is added to each instance start.
 */
final class ComponentTimes {

  private static final Period ONE_DAY = Period.ofDays(1);

  private ComponentTimes() {}

  /**
   * The spans of the instance of {@code component} starting at {@code start} (the component's own
   * DTSTART when null); {@code periodEnd} is the end an RDATE period gives, else null. Empty when
   * the component can never match a time-range (a VJOURNAL without DTSTART, a VTIMEZONE...).
   */
  static List<Span> spans(Component component, Temporal start, Temporal periodEnd, ZoneId zone) {
    return switch (component.getName()) {
      case "VEVENT" -> event(component, start, periodEnd, zone);
      case "VTODO" -> todo(component, start, periodEnd, zone);
      case "VJOURNAL" -> journal(component, start, zone);
      case "VFREEBUSY" -> freeBusy(component, zone);
      default -> List.of();
    };
  }

  /** The length every instance of a recurring component has, measured on its own DTSTART. */
  static Optional<TemporalAmount> length(Component component) {
    Optional<Temporal> dtstart = Props.date(component, DTSTART);
    if (dtstart.isEmpty()) {
      return Optional.empty();
    }
    Optional<TemporalAmount> duration = Props.duration(component);
    if (duration.isPresent()) {
      return duration;
    }
    String endName = "VTODO".equals(component.getName()) ? DUE : DTEND;
    return Props.date(component, endName).map(end -> between(dtstart.get(), end));
  }

  private static List<Span> event(
      Component event, Temporal start, Temporal periodEnd, ZoneId zone) {
    Temporal instanceStart = start != null ? start : Props.date(event, DTSTART).orElse(null);
    if (instanceStart == null) {
      return List.of();
    }
    boolean floating = IcalTime.isFloating(instanceStart);
    Instant from = IcalTime.toInstant(instanceStart, zone);
    if (periodEnd != null) {
      return List.of(Span.of(from, IcalTime.toInstant(periodEnd, zone), floating));
    }
    Optional<TemporalAmount> length = length(event);
    if (length.isPresent()) {
      // DTEND = DTSTART or DURATION:PT0S: the zero-duration row of RFC 4791 section 9.9.
      return List.of(Span.of(from, plus(instanceStart, length.get(), zone), floating));
    }
    if (IcalTime.isDate(instanceStart)) {
      return List.of(Span.of(from, plus(instanceStart, ONE_DAY, zone), true));
    }
    return List.of(Span.instant(from, floating));
  }

  private static List<Span> todo(Component todo, Temporal start, Temporal periodEnd, ZoneId zone) {
    Temporal instanceStart = start != null ? start : Props.date(todo, DTSTART).orElse(null);
    if (instanceStart != null) {
      boolean floating = IcalTime.isFloating(instanceStart);
      Instant from = IcalTime.toInstant(instanceStart, zone);
      if (periodEnd != null) {
        return List.of(todoUntilDue(from, IcalTime.toInstant(periodEnd, zone), floating));
      }
      Optional<TemporalAmount> duration = Props.duration(todo);
      if (duration.isPresent()) {
        // "(start <= DTSTART+DURATION) AND ((end > DTSTART) OR (end >= DTSTART+DURATION))": the
        // range may start at the very end, and may end on a zero-length task.
        Instant to = plus(instanceStart, duration.get(), zone);
        return List.of(new Span(from, to, true, to.equals(from), floating));
      }
      Optional<TemporalAmount> untilDue = length(todo);
      return List.of(
          untilDue.isPresent()
              ? todoUntilDue(from, plus(instanceStart, untilDue.get(), zone), floating)
              : Span.instant(from, floating));
    }
    Optional<Temporal> due = Props.date(todo, DUE);
    if (due.isPresent()) {
      // "start < DUE AND end >= DUE"
      Instant at = IcalTime.toInstant(due.get(), zone);
      return List.of(new Span(at, at, false, true, IcalTime.isFloating(due.get())));
    }
    Optional<Instant> completed = Props.date(todo, COMPLETED).map(t -> IcalTime.toInstant(t, zone));
    Optional<Instant> created = Props.date(todo, CREATED).map(t -> IcalTime.toInstant(t, zone));
    if (completed.isPresent() && created.isPresent()) {
      // "(start <= CREATED OR start <= COMPLETED) AND (end >= CREATED OR end >= COMPLETED)"
      Instant first = created.get().isBefore(completed.get()) ? created.get() : completed.get();
      Instant last = created.get().isBefore(completed.get()) ? completed.get() : created.get();
      return List.of(new Span(first, last, true, true, false));
    }
    if (completed.isPresent()) {
      return List.of(new Span(completed.get(), completed.get(), true, true, false));
    }
    if (created.isPresent()) {
      // "end > CREATED": a task created before the range end may still be open.
      return List.of(new Span(created.get(), null, true, false, false));
    }
    return List.of(Span.always());
  }

  /**
   * The DTSTART+DUE row: "((start < DUE) OR (start <= DTSTART)) AND ((end > DTSTART) OR (end >=
   * DUE))". Half-open while DUE is after DTSTART; when both are equal (jtx Board and Evolution
   * write such tasks) both sides are inclusive, unlike a zero-length VEVENT.
   */
  private static Span todoUntilDue(Instant start, Instant due, boolean floating) {
    if (due.equals(start)) {
      return new Span(start, due, true, true, floating);
    }
    return Span.of(start, due, floating);
  }

  private static List<Span> journal(Component journal, Temporal start, ZoneId zone) {
    Temporal instanceStart = start != null ? start : Props.date(journal, DTSTART).orElse(null);
    if (instanceStart == null) {
      return List.of();
    }
    Instant from = IcalTime.toInstant(instanceStart, zone);
    if (IcalTime.isDate(instanceStart)) {
      return List.of(Span.of(from, plus(instanceStart, ONE_DAY, zone), true));
    }
    return List.of(Span.instant(from, IcalTime.isFloating(instanceStart)));
  }

  private static List<Span> freeBusy(Component freeBusy, ZoneId zone) {
    Optional<Temporal> start = Props.date(freeBusy, DTSTART);
    Optional<Temporal> end = Props.date(freeBusy, DTEND);
    if (start.isPresent() && end.isPresent()) {
      // "start <= DTEND AND end > DTSTART"
      return List.of(
          new Span(
              IcalTime.toInstant(start.get(), zone),
              IcalTime.toInstant(end.get(), zone),
              true,
              false,
              IcalTime.isFloating(start.get())));
    }
    return freeBusy.<FreeBusy>getProperties("FREEBUSY").stream()
        .flatMap(property -> property.getIntervals().stream())
        .map(interval -> Span.of(interval.getStart(), interval.getEnd(), false))
        .toList();
  }

  static Instant plus(Temporal start, TemporalAmount amount, ZoneId zone) {
    if (amount instanceof Duration exact) {
      return IcalTime.toInstant(start, zone).plus(exact);
    }
    // Nominal days and weeks follow the wall clock across DST changes (RFC 5545 section 3.3.6).
    Temporal nominalStart =
        start instanceof Instant instant ? instant.atZone(ZoneOffset.UTC) : start;
    return IcalTime.toInstant(nominalStart.plus(amount), zone);
  }

  private static TemporalAmount between(Temporal start, Temporal end) {
    if (start instanceof LocalDate startDate && end instanceof LocalDate endDate) {
      return Period.between(startDate, endDate);
    }
    // Floating values on both sides keep their distance whatever zone is chosen later.
    return Duration.between(
        IcalTime.toInstant(start, ZoneOffset.UTC), IcalTime.toInstant(end, ZoneOffset.UTC));
  }
}
