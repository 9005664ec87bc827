/**
 * iCalendar data for CalDAV collections, free of storage and HTTP: parse and validate a calendar
 * object resource ({@link dev.partage.ical.CalendarObject}), compute its index columns ({@link
 * dev.partage.ical.ObjectIndex}), evaluate calendar-query filters with recurrence ({@link
 * dev.partage.ical.CalendarFilterMatcher}), expand or limit recurrence sets ({@link
 * dev.partage.ical.RecurrenceExpander}) and answer free-busy queries ({@link
 * dev.partage.ical.FreeBusyReport}). ical4j stays behind this package: callers never see its types.
 */
package dev.partage.ical;
