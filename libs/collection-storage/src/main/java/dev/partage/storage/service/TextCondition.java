package dev.partage.storage.service;

import dev.partage.dav.caldav.filter.TextMatch.MatchType;

/**
 * One text test the text index can answer: the objects whose {@code property} has a folded value
 * matching {@code foldedValue} this way. It narrows candidates; the service's matcher still decides.
 */
public record TextCondition(String property, MatchType matchType, String foldedValue) {}
