/**
 * vCard data for CardDAV address books, free of storage and HTTP: parse and validate an address
 * object resource ({@link dev.partage.vcard.VCardObject}), give its text for the search index,
 * shape it as a client's address-data asks (version and properties) and evaluate addressbook-query
 * filters ({@link dev.partage.vcard.CardFilterMatcher}). ez-vcard stays behind this package:
 * callers never see its types.
 */
package dev.partage.vcard;
