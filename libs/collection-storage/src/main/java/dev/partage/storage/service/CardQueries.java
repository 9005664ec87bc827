package dev.partage.storage.service;

import dev.partage.contracts.collection.AddressData;
import dev.partage.contracts.collection.CardMatches;
import dev.partage.contracts.collection.CardQuery;
import dev.partage.contracts.collection.ObjectData;
import dev.partage.dav.carddav.filter.CardFilter;
import java.util.List;
import java.util.Optional;

/**
 * Card reading and query evaluation of an address-book service: storage narrows the candidates
 * with its text index, this decides exactly and shapes each card as the client asked. A service
 * without it answers card reads and queries with 403.
 */
public interface CardQueries {

  /**
   * Text conditions one of which every match satisfies, for the text index; empty when any card
   * may match (a negated match, an unindexed property, is-not-defined).
   */
  Optional<List<TextCondition>> candidates(CardFilter filter);

  /** The matches among the candidates in name order, shaped as asked, at most {@code limit}. */
  CardMatches evaluate(List<ObjectData> candidates, CardQuery query);

  /** Cards converted and cut as {@code addressData} asks (RFC 6352 section 10.4). */
  List<ObjectData> shape(List<ObjectData> cards, AddressData addressData);
}
