package dev.partage.contracts.collection;

import dev.partage.dav.carddav.filter.CardFilter;

/**
 * An addressbook-query (RFC 6352 section 8.6).
 *
 * @param limit the client's CARDDAV:limit/nresults, null: no limit
 * @param addressData the cards' shape; null: the client asked for none (hrefs and etags only)
 */
public record CardQuery(CardFilter filter, Integer limit, AddressData addressData) {}
