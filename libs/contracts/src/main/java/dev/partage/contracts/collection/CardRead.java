package dev.partage.contracts.collection;

import java.util.List;

/** Cards to read (a GET, an addressbook-multiget), shaped as the client asked. */
public record CardRead(List<String> names, AddressData addressData) {

  public CardRead {
    names = names == null ? List.of() : List.copyOf(names);
  }
}
