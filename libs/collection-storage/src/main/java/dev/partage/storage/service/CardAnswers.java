package dev.partage.storage.service;

import dev.partage.contracts.collection.AddressData;
import dev.partage.contracts.collection.CardMatches;
import dev.partage.contracts.collection.CardQuery;
import dev.partage.contracts.collection.CardRead;
import dev.partage.contracts.collection.ObjectData;
import dev.partage.contracts.error.ServiceException;
import dev.partage.dav.carddav.filter.CardFilter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.util.List;
import java.util.UUID;

/** Answers card reads and addressbook-query: candidates from the text index, then the service's matcher. */
@ApplicationScoped
public class CardAnswers {

  private final Objects objects;
  private final Candidates candidates;
  private final TextCandidates textCandidates;
  private final Instance<CardQueries> queries;

  CardAnswers(Objects objects, Candidates candidates, TextCandidates textCandidates, Instance<CardQueries> queries) {
    this.objects = objects;
    this.candidates = candidates;
    this.textCandidates = textCandidates;
    this.queries = queries;
  }

  public List<ObjectData> read(UUID collectionId, CardRead request) {
    CardQueries cards = requireQueries();
    AddressData shape = request.addressData() == null ? AddressData.asStored() : request.addressData();
    return cards.shape(objects.byNames(collectionId, request.names()), shape);
  }

  public CardMatches query(UUID collectionId, CardQuery request) {
    CardQueries cards = requireQueries();
    CardFilter filter = request.filter() == null ? CardFilter.matchAll() : request.filter();
    List<ObjectData> found = cards.candidates(filter)
        .map(conditions -> textCandidates.matchingAny(collectionId, conditions))
        .orElseGet(() -> candidates.within(collectionId, null));
    return cards.evaluate(found, request);
  }

  private CardQueries requireQueries() {
    if (!queries.isResolvable()) {
      throw new ServiceException(403, "DAV:", "supported-report", "This collection holds no vCards.");
    }
    return queries.get();
  }
}
