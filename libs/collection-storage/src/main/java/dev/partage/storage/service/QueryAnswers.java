package dev.partage.storage.service;

import dev.partage.contracts.collection.FreeBusyRequest;
import dev.partage.contracts.collection.ObjectData;
import dev.partage.contracts.collection.QueryRequest;
import dev.partage.contracts.error.ServiceException;
import dev.partage.dav.caldav.filter.TimeRange;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Answers calendar-query and free-busy-query: from the instance rows when they decide (so the cost
 * follows the matches, not the collection), through the service's matcher for everything else.
 */
@ApplicationScoped
public class QueryAnswers {

  private final Collections collections;
  private final Candidates candidates;
  private final Instance<ObjectQueries> queries;

  QueryAnswers(Collections collections, Candidates candidates, Instance<ObjectQueries> queries) {
    this.collections = collections;
    this.candidates = candidates;
    this.queries = queries;
  }

  public List<ObjectData> query(UUID collectionId, QueryRequest asked) {
    ObjectQueries evaluator = requireQueries();
    // RFC 4791 section 7.8: without CALDAV:timezone, the calendar's calendar-timezone applies.
    QueryRequest request = asked.timezone() != null ? asked : asked.withTimezone(collections.get(collectionId).timezone());
    Optional<InstanceQuery> byInstances = evaluator.instanceQuery(request);
    if (byInstances.isEmpty()) {
      return evaluator.evaluate(candidates.within(collectionId, evaluator.candidateWindow(request)), request);
    }
    WindowCandidates found = candidates.overlapping(collectionId, byInstances.get());
    List<ObjectData> answer = new ArrayList<>(evaluator.present(found.matching(), request));
    answer.addAll(evaluator.evaluate(found.undecided(), request));
    return answer;
  }

  public String freeBusy(UUID collectionId, FreeBusyRequest request) {
    ObjectQueries evaluator = requireQueries();
    TimeRange window = new TimeRange(request.start(), request.end());
    return evaluator.freeBusy(candidates.within(collectionId, window), request);
  }

  private ObjectQueries requireQueries() {
    if (!queries.isResolvable()) {
      throw new ServiceException(403, "DAV:", "supported-report", "This collection does not answer calendar queries.");
    }
    return queries.get();
  }
}
