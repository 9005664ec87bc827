package dev.partage.ical;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/** Computes {@link ObjectIndex} from the full set of occurrences. */
final class ObjectIndexer {

  /**
   * Floating and all-day times are read in UTC here, while a query may read them anywhere from
   * UTC-12 to UTC+14: widening by 14 h each way keeps every possible match a candidate.
   */
  private static final Duration FLOATING_WIDENING = Duration.ofHours(14);

  /** Enough rule instances to find the first of an unbounded series; its last is unknown anyway. */
  private static final int UNBOUNDED_PROBE = 64;

  private ObjectIndexer() {}

  static ObjectIndex index(CalendarObject object) {
    Expansion expansion =
        OccurrenceExpander.expand(object, null, ZoneOffset.UTC, ruleInstancesNeeded(object));
    List<Span> spans = expansion.occurrences().stream().map(Occurrence::span).toList();
    boolean floating = spans.stream().anyMatch(Span::floating);
    Instant firstStart = earliestStart(spans);
    Instant lastEnd = expansion.bounded() ? latestEnd(spans) : null;
    if (object.hasUnboundedRule() && firstStart != null && object.masterStart() != null) {
      Instant dtstart = IcalTime.toInstant(object.masterStart(), ZoneOffset.UTC);
      firstStart = dtstart.isBefore(firstStart) ? dtstart : firstStart;
    }
    if (floating) {
      firstStart = firstStart == null ? null : firstStart.minus(FLOATING_WIDENING);
      lastEnd = lastEnd == null ? null : lastEnd.plus(FLOATING_WIDENING);
    }
    return new ObjectIndex(
        object.uid(), object.componentType(), firstStart, lastEnd, object.isRecurring());
  }

  /**
   * An unbounded series has no last end to find: probing its first instances is enough. The DTSTART
   * counts as a lower bound too, in case every probed instance was excluded.
   */
  private static int ruleInstancesNeeded(CalendarObject object) {
    return object.hasUnboundedRule() ? UNBOUNDED_PROBE : OccurrenceExpander.MAX_INSTANCES;
  }

  private static Instant earliestStart(List<Span> spans) {
    Instant earliest = null;
    for (Span span : spans) {
      if (span.start() == null) {
        return null;
      }
      earliest = earliest == null || span.start().isBefore(earliest) ? span.start() : earliest;
    }
    return earliest;
  }

  private static Instant latestEnd(List<Span> spans) {
    Instant latest = null;
    for (Span span : spans) {
      if (span.end() == null) {
        return null;
      }
      latest = latest == null || span.end().isAfter(latest) ? span.end() : latest;
    }
    return latest;
  }
}
