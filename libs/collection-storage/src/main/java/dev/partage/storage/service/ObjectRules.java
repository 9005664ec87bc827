package dev.partage.storage.service;

import java.util.Set;

/**
 * What differs between object types (iCalendar, vCard): each service provides one bean. Everything
 * else about storing objects is shared.
 */
public interface ObjectRules {

  /**
   * Validates a body for a collection accepting {@code components} and computes its index columns.
   *
   * @throws dev.partage.contracts.error.ServiceException carrying the precondition that failed
   */
  IndexedObject index(String body, Set<String> components);

  /** Whether {@link IndexedObject#searchText} is ever filled, so storage keeps a text index. */
  default boolean indexesText() {
    return false;
  }

  /** The XML namespace of this type's preconditions (CalDAV or CardDAV). */
  String preconditionNamespace();

  /**
   * The components a new collection holds: those its creator named (upper case, possibly none),
   * checked against what this service keeps, or this service's default.
   *
   * @throws dev.partage.contracts.error.ServiceException when this service cannot hold them
   */
  Set<String> componentsFor(Set<String> requested);
}
