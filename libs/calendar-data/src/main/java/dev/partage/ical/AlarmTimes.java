package dev.partage.ical;

import dev.partage.dav.caldav.filter.TimeRange;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAmount;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.property.Repeat;
import net.fortuna.ical4j.model.property.Trigger;

/**
 * When a VALARM fires (RFC 5545 section 3.6.6): an absolute TRIGGER, or an offset from the start
 * (or, with RELATED=END, the end) of each occurrence of its parent, then REPEAT more times every
 * DURATION. RFC 4791 section 9.9 matches a VALARM when a trigger time falls in the range.
 */
final class AlarmTimes {

  private AlarmTimes() {}

  /** True when {@code alarm} fires in {@code range} for one of {@code parentOccurrences}. */
  static boolean firesIn(Component alarm, List<Occurrence> parentOccurrences, TimeRange range) {
    Optional<Trigger> trigger = alarm.getProperty("TRIGGER");
    if (trigger.isEmpty()) {
      return false;
    }
    List<Instant> firstFirings = new ArrayList<>();
    if (trigger.get().isAbsolute()) {
      firstFirings.add(trigger.get().getDate());
    } else {
      boolean fromEnd =
          trigger
              .get()
              .<Parameter>getParameter("RELATED")
              .map(p -> "END".equalsIgnoreCase(p.getValue()))
              .orElse(false);
      for (Occurrence occurrence : parentOccurrences) {
        Instant base = fromEnd ? occurrence.span().end() : occurrence.span().start();
        if (base != null) {
          firstFirings.add(plus(base, trigger.get().getDuration()));
        }
      }
    }
    int repeat = repeatCount(alarm);
    Optional<TemporalAmount> every = Props.duration(alarm);
    for (Instant first : firstFirings) {
      Instant firing = first;
      for (int i = 0; i <= repeat; i++) {
        if (Span.instant(firing, false).overlaps(range)) {
          return true;
        }
        if (every.isEmpty()) {
          break;
        }
        firing = plus(firing, every.get());
      }
    }
    return false;
  }

  /** How far from its parent's occurrence an alarm may fire, to widen the parent's expansion. */
  static Duration reach(Component alarm) {
    Duration offset =
        alarm
            .<Trigger>getProperty("TRIGGER")
            .filter(trigger -> !trigger.isAbsolute())
            .map(trigger -> exact(trigger.getDuration()).abs())
            .orElse(Duration.ZERO);
    int repeat = repeatCount(alarm);
    Duration every = Props.duration(alarm).map(AlarmTimes::exact).orElse(Duration.ZERO);
    return offset.plus(every.abs().multipliedBy(repeat)).plus(Duration.ofDays(1));
  }

  /** REPEAT, capped like recurrence expansion so that one stored alarm cannot stall a query. */
  private static int repeatCount(Component alarm) {
    int repeat = alarm.<Repeat>getProperty("REPEAT").map(Repeat::getCount).orElse(0);
    return Math.clamp(repeat, 0, OccurrenceExpander.MAX_INSTANCES);
  }

  private static Instant plus(Instant base, TemporalAmount amount) {
    return base.atZone(ZoneOffset.UTC).plus(amount).toInstant();
  }

  private static Duration exact(TemporalAmount amount) {
    if (amount instanceof Period period) {
      return Duration.ofDays(period.toTotalMonths() * 31 + period.getDays());
    }
    return (Duration) amount;
  }
}
