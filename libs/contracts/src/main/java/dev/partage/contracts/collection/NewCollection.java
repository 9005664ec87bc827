package dev.partage.contracts.collection;

import java.util.Map;
import java.util.Set;

/** What MKCALENDAR / extended MKCOL asks a collection service to create. */
public record NewCollection(
    String name,
    String displayName,
    String color,
    String description,
    String timezone,
    Set<String> components,
    Integer order,
    Map<String, String> deadProperties) {}
