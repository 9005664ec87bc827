package dev.partage.contacts;

import dev.partage.contracts.error.ServiceException;
import dev.partage.storage.service.IndexedObject;
import dev.partage.storage.service.Instances;
import dev.partage.storage.service.ObjectRules;
import dev.partage.vcard.InvalidAddressDataException;
import dev.partage.vcard.VCardObject;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;

/** vCard validation (RFC 6352 section 6.3.2.1) and the text index of contact-service's cards. */
@ApplicationScoped
public class VCardObjectRules implements ObjectRules {

  static final String CARDDAV = "urn:ietf:params:xml:ns:carddav";
  private static final String CONTENT_TYPE = "text/vcard; charset=utf-8";

  private final ContactsConfig config;

  VCardObjectRules(ContactsConfig config) {
    this.config = config;
  }

  @Override
  public IndexedObject index(String body, Set<String> components) {
    VCardObject card = parse(body, config.maxInlineMediaSize());
    return new IndexedObject(card.uid(), "VCARD", CONTENT_TYPE, null, null, Instances.undecided(), card.searchText());
  }

  /** A stored or received card; a refusal carries its CardDAV precondition. */
  static VCardObject parse(String body, int maxInlineMediaSize) {
    try {
      return VCardObject.parse(body, maxInlineMediaSize);
    } catch (InvalidAddressDataException e) {
      throw new ServiceException(403, CARDDAV, e.condition(), e.getMessage());
    }
  }

  @Override
  public boolean indexesText() {
    return true;
  }

  @Override
  public String preconditionNamespace() {
    return CARDDAV;
  }

  /** Address books hold vCards, not calendar components (RFC 6352 section 5.2). */
  @Override
  public Set<String> componentsFor(Set<String> requested) {
    if (!requested.isEmpty()) {
      throw new ServiceException(403, "DAV:", "valid-resourcetype",
          "An address book holds contacts; calendar components belong in a calendar.");
    }
    return Set.of();
  }
}
