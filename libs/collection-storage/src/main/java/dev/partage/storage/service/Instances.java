package dev.partage.storage.service;

import java.time.Instant;
import java.util.List;

/**
 * The periods an object's instances occupy, kept so that a time window is answered in SQL. Storage
 * knows nothing of the object type: a service computes these when it validates a body.
 *
 * @param exact true when an overlap test on {@code periods} decides on its own whether the object
 *     has an instance in a window; false sends the object to the service's exact matcher
 * @param periods the instances starting before {@code coveredUntil} (all when it is null)
 * @param coveredUntil null when {@code periods} is complete; else the horizon an endless series was
 *     listed up to, past which only the matcher can tell
 */
public record Instances(boolean exact, List<Period> periods, Instant coveredUntil) {

  public Instances {
    periods = List.copyOf(periods);
  }

  /**
   * One instance: {@code [start, end)}, or the instant {@code start} when both are equal. A window
   * {@code [ws, we)} overlaps it when {@code start < we} and either {@code end > ws} or, for an
   * instant, {@code start >= ws} (the event rows of RFC 4791 section 9.9).
   */
  public record Period(Instant start, Instant end) {}

  /** Nothing the rows could decide: every windowed query runs the matcher on this object. */
  public static Instances undecided() {
    return new Instances(false, List.of(), null);
  }
}
