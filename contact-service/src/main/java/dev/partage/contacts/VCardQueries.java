package dev.partage.contacts;

import dev.partage.contracts.collection.AddressData;
import dev.partage.contracts.collection.CardMatches;
import dev.partage.contracts.collection.CardQuery;
import dev.partage.contracts.collection.ObjectData;
import dev.partage.dav.carddav.filter.CardFilter;
import dev.partage.storage.service.CardQueries;
import dev.partage.storage.service.TextCondition;
import dev.partage.vcard.CardFilterMatcher;
import dev.partage.vcard.VCardObject;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** addressbook-query and address-data over the cards storage found (RFC 6352 sections 8.6, 10.4). */
@ApplicationScoped
public class VCardQueries implements CardQueries {

  /** Stored cards were valid when written; a photo limit lowered since must not hide them. */
  private static final int NO_MEDIA_LIMIT = Integer.MAX_VALUE;

  @Override
  public Optional<List<TextCondition>> candidates(CardFilter filter) {
    return CardCandidates.of(filter, VCardObject.INDEXED_PROPERTIES);
  }

  @Override
  public CardMatches evaluate(List<ObjectData> candidates, CardQuery query) {
    CardFilter filter = query.filter() == null ? CardFilter.matchAll() : query.filter();
    int limit = query.limit() == null ? Integer.MAX_VALUE : query.limit();
    List<ObjectData> sorted = new ArrayList<>(candidates);
    sorted.sort(Comparator.comparing(ObjectData::name));
    List<ObjectData> matches = new ArrayList<>();
    for (ObjectData candidate : sorted) {
      VCardObject card = VCardObjectRules.parse(candidate.data(), NO_MEDIA_LIMIT);
      if (CardFilterMatcher.matches(card, filter)) {
        if (matches.size() == limit) {
          return new CardMatches(matches, true); // RFC 6352 section 8.6.1
        }
        matches.add(shaped(candidate, card, query.addressData()));
      }
    }
    return new CardMatches(matches, false);
  }

  @Override
  public List<ObjectData> shape(List<ObjectData> cards, AddressData addressData) {
    if (isAsStored(addressData)) {
      return cards;
    }
    return cards.stream()
        .map(c -> shaped(c, VCardObjectRules.parse(c.data(), NO_MEDIA_LIMIT), addressData))
        .toList();
  }

  /** The card as asked: without data (null), as stored, or converted and cut; the ETag stays the resource's. */
  private static ObjectData shaped(ObjectData stored, VCardObject card, AddressData addressData) {
    if (addressData == null) {
      return new ObjectData(stored.name(), stored.etag(), stored.contentType(), stored.size(), stored.lastModified(), null);
    }
    if (isAsStored(addressData)) {
      return stored;
    }
    String data = card.write(addressData.version(), addressData.properties());
    return new ObjectData(stored.name(), stored.etag(), stored.contentType(),
        data.getBytes(StandardCharsets.UTF_8).length, stored.lastModified(), data);
  }

  private static boolean isAsStored(AddressData addressData) {
    return addressData.version() == null && addressData.properties().isEmpty();
  }
}
