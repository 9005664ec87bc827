package dev.partage.contracts.collection;

import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * A collection as the collection services describe it to the gateway.
 *
 * @param name the collection's segment in its owner's home, stable and ASCII-safe
 * @param components iCalendar component names it accepts (empty for address books)
 * @param deadProperties properties the server does not interpret, keyed by Clark name
 *     ("{namespace}local"), each value the property element serialised as XML
 * @param syncRevision the change-log position; sync-token and ctag are derived from it
 */
public record CollectionDto(
    UUID id,
    String owner,
    String name,
    CollectionKind kind,
    String displayName,
    String color,
    String description,
    String timezone,
    Set<String> components,
    Integer order,
    Map<String, String> deadProperties,
    long syncRevision,
    Instant createdAt,
    Instant updatedAt) {}
