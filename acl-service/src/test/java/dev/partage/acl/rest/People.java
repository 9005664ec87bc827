package dev.partage.acl.rest;

import dev.partage.acl.policy.Address;
import dev.partage.contracts.acl.GranteeRights;
import dev.partage.contracts.acl.GranteeType;
import dev.partage.contracts.acl.Right;
import dev.partage.contracts.acl.Role;
import dev.partage.contracts.acl.ShareRequest;
import dev.partage.contracts.collection.CollectionKind;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** The demo realm's people (local-stack DemoRealm) and share requests between them. */
final class People {

  static final String GILLES = "gilles.buisson@namebay.example";
  static final String ALEXANDRE = "alexandre.bernard@namebay.example";
  static final String DAVID = "david.lanteri@namebay.example";
  static final String TEAM_ACCOUNT = "equipe_tech@namebay.example";
  static final String CLAIRE = "claire.petit@filiale.example";
  static final String EVE = "eve@isolated.example";
  static final String TEAM_GROUP = "equipe-tech";

  private People() {}

  static Address address(String text) {
    return Address.parse(text);
  }

  static ShareRequest calendar(String owner, String name, GranteeRights... grantees) {
    return new ShareRequest(CollectionKind.CALENDAR, owner, name, null, "#3366ccff", List.of(grantees));
  }

  static GranteeRights user(String address, Role role) {
    return GranteeRights.of(GranteeType.USER, address, role);
  }

  static GranteeRights user(String address, Right... rights) {
    return GranteeRights.of(GranteeType.USER, address, Set.of(rights));
  }

  static GranteeRights group(String name, Right... rights) {
    return GranteeRights.of(GranteeType.GROUP, name, Set.of(rights));
  }

  static GranteeRights domain(String name, Right... rights) {
    return GranteeRights.of(GranteeType.DOMAIN, name, Set.of(rights));
  }

  /** A name no other test uses: the tests share one database. */
  static String unique(String name) {
    return name + "-" + UUID.randomUUID().toString().substring(0, 6);
  }
}
