package dev.partage.contracts.collection;

import java.util.List;

/** Object names to fetch in one batch. */
public record MultigetRequest(List<String> names) {}
