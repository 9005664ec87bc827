package dev.partage.storage.service;

import dev.partage.contracts.collection.FreeBusyRequest;
import dev.partage.contracts.collection.ObjectData;
import dev.partage.contracts.collection.QueryRequest;
import dev.partage.dav.caldav.filter.TimeRange;
import java.util.List;
import java.util.Optional;

/**
 * Query evaluation of a calendar-like service: storage narrows the candidates with its index
 * columns, this decides exactly. A service without it answers queries with 403.
 */
public interface ObjectQueries {

  /** The widest time span a match can have, to pre-filter with; null when any object may match. */
  TimeRange candidateWindow(QueryRequest request);

  /**
   * The component type and window whose instance rows decide this query alone, when its filter asks
   * for nothing but instances of one component type in a time-range; empty when every candidate
   * must go through {@link #evaluate}.
   */
  Optional<InstanceQuery> instanceQuery(QueryRequest request);

  /** The matching objects among the candidates, transformed as asked (expand, limit). */
  List<ObjectData> evaluate(List<ObjectData> candidates, QueryRequest request);

  /** Objects already known to match, transformed as asked; parses only when it must. */
  List<ObjectData> present(List<ObjectData> matches, QueryRequest request);

  /** The VFREEBUSY answer over the candidates (RFC 4791 section 7.10). */
  String freeBusy(List<ObjectData> candidates, FreeBusyRequest request);
}
