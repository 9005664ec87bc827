package dev.partage.contracts.error;

/**
 * A refusal from a collection service, carried to the gateway as JSON and rendered there as a
 * DAV error element.
 *
 * @param namespace the precondition's XML namespace (DAV:, CalDAV, CardDAV), or null
 * @param condition the precondition's local name, e.g. "valid-calendar-data", or null
 * @param message a sentence a person can act on
 * @param href a related resource, e.g. the existing object for no-uid-conflict
 */
public record ServiceError(
    int status, String namespace, String condition, String message, String href) {}
