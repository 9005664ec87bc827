package dev.partage.storage.service;

import dev.partage.contracts.collection.FreeBusyRequest;
import dev.partage.contracts.collection.ObjectData;
import dev.partage.contracts.collection.QueryRequest;
import dev.partage.dav.caldav.filter.TimeRange;
import java.util.List;

/**
 * Query evaluation of a calendar-like service: storage narrows the candidates with its index
 * columns, this decides exactly. A service without it answers queries with 403.
 */
public interface ObjectQueries {

  /** The widest time span a match can have, to pre-filter with; null when any object may match. */
  TimeRange candidateWindow(QueryRequest request);

  /** The matching objects among the candidates, transformed as asked (expand, limit). */
  List<ObjectData> evaluate(List<ObjectData> candidates, QueryRequest request);

  /** The VFREEBUSY answer over the candidates (RFC 4791 section 7.10). */
  String freeBusy(List<ObjectData> candidates, FreeBusyRequest request);
}
