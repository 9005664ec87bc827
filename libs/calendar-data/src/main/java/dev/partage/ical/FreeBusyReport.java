package dev.partage.ical;

import dev.partage.dav.caldav.filter.TimeRange;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import net.fortuna.ical4j.model.Component;

/**
 * The answer to CALDAV:free-busy-query (RFC 4791 section 7.10): one VFREEBUSY listing the busy time
 * of the given objects within a range, merged per busy type.
 */
public final class FreeBusyReport {

  /** FBTYPE values this report produces (RFC 5545 section 3.2.9). */
  enum BusyType {
    BUSY("BUSY"),
    BUSY_TENTATIVE("BUSY-TENTATIVE");

    private final String value;

    BusyType(String value) {
      this.value = value;
    }
  }

  private record Period(Instant start, Instant end) {}

  private FreeBusyReport() {}

  public static String render(
      List<CalendarObject> objects, Instant start, Instant end, Instant now) {
    TimeRange range = new TimeRange(start, end);
    Map<BusyType, List<Period>> busy = new EnumMap<>(BusyType.class);
    for (CalendarObject object : objects) {
      if (!"VEVENT".equals(object.componentType())) {
        continue;
      }
      for (Occurrence occurrence :
          OccurrenceExpander.expand(object, range, ZoneOffset.UTC).occurrences()) {
        Span span = occurrence.span();
        BusyType type = busyType(occurrence.component());
        if (type != null && span.overlaps(range) && span.start().isBefore(span.end())) {
          busy.computeIfAbsent(type, t -> new ArrayList<>())
              .add(new Period(later(span.start(), start), earlier(span.end(), end)));
        }
      }
    }
    ContentLines out =
        new ContentLines()
            .line("BEGIN:VCALENDAR")
            .line("VERSION:2.0")
            .line("PRODID:-//Partage//Partage CalDAV//EN")
            .line("BEGIN:VFREEBUSY")
            .line("DTSTAMP:" + IcalTime.formatUtc(now))
            .line("DTSTART:" + IcalTime.formatUtc(start))
            .line("DTEND:" + IcalTime.formatUtc(end));
    busy.forEach(
        (type, periods) ->
            out.line(
                "FREEBUSY;FBTYPE="
                    + type.value
                    + ":"
                    + merge(periods).stream()
                        .map(p -> IcalTime.formatUtc(p.start()) + "/" + IcalTime.formatUtc(p.end()))
                        .collect(Collectors.joining(","))));
    return out.line("END:VFREEBUSY").line("END:VCALENDAR").toString();
  }

  /**
   * Transparent events take no time, cancelled ones no longer happen; tentative ones are
   * BUSY-TENTATIVE (RFC 4791 section 7.10, RFC 5545 section 3.8.2.7).
   */
  private static BusyType busyType(Component event) {
    if (Props.text(event, "TRANSP").filter("TRANSPARENT"::equalsIgnoreCase).isPresent()) {
      return null;
    }
    String status = Props.text(event, "STATUS").orElse("");
    return switch (status.toUpperCase(java.util.Locale.ROOT)) {
      case "CANCELLED" -> null;
      case "TENTATIVE" -> BusyType.BUSY_TENTATIVE;
      default -> BusyType.BUSY;
    };
  }

  private static List<Period> merge(List<Period> periods) {
    List<Period> sorted = periods.stream().sorted(Comparator.comparing(Period::start)).toList();
    List<Period> merged = new ArrayList<>();
    for (Period period : sorted) {
      Period last = merged.isEmpty() ? null : merged.getLast();
      if (last != null && !period.start().isAfter(last.end())) {
        merged.set(merged.size() - 1, new Period(last.start(), later(last.end(), period.end())));
      } else {
        merged.add(period);
      }
    }
    return merged;
  }

  private static Instant later(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }

  private static Instant earlier(Instant a, Instant b) {
    return a.isBefore(b) ? a : b;
  }
}
