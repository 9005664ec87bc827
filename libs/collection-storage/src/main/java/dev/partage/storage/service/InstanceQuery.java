package dev.partage.storage.service;

import dev.partage.dav.caldav.filter.TimeRange;

/**
 * A query that instance rows can decide: "objects of this component type with an instance in this
 * window" (RFC 4791 section 9.9, a comp-filter holding only a time-range).
 *
 * @param component the object's component type, as {@link IndexedObject#component()} stores it
 */
public record InstanceQuery(String component, TimeRange window) {}
