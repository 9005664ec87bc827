package dev.partage.ical;

import java.time.temporal.Temporal;
import net.fortuna.ical4j.model.component.CalendarComponent;

/**
 * One instance of a component: the master at one of its recurrence dates, an override, or a
 * component that does not recur.
 *
 * @param component the component whose properties describe this instance
 * @param recurrenceId the instance's original start when it belongs to a recurrence set, else null
 * @param start the instance start as written (date, floating, zoned or UTC), null when it has none
 * @param span the time the instance takes, with its RFC 4791 section 9.9 bound rules
 */
record Occurrence(CalendarComponent component, Temporal recurrenceId, Temporal start, Span span) {}
