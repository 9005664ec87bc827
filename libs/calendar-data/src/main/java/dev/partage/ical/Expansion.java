package dev.partage.ical;

import java.util.List;

/**
 * The occurrences of a calendar object resource, sorted by start.
 *
 * @param bounded false when a recurrence rule has no end (no COUNT or UNTIL) or the expansion hit
 *     {@link OccurrenceExpander#MAX_INSTANCES}: later occurrences may exist
 */
record Expansion(List<Occurrence> occurrences, boolean bounded) {}
