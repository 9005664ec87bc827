package dev.partage.gateway.api;

import dev.partage.contracts.acl.GranteeRights;
import dev.partage.contracts.acl.GranteeType;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reads a share body into the grantees acl-service is asked to set. Only the body's shape is checked
 * here; whether a grantee exists, and may be reached, is acl-service's decision (ADR 0009).
 */
final class ShareRequests {

  private record Named(GranteeType type, String name) {}

  private ShareRequests() {}

  static List<GranteeRights> grantees(SharesBody body) {
    if (body == null) {
      throw ApiException.invalid("Send {addresses, role} for a quick share or {sharees} for an advanced one.");
    }
    boolean quick = body.addresses() != null || body.role() != null;
    boolean advanced = body.sharees() != null;
    if (quick == advanced) {
      throw ApiException.invalid("Send either {addresses, role} (quick share) or {sharees} (advanced"
          + " share), not both and not neither.");
    }
    return quick ? quickShare(body) : advancedShare(body.sharees());
  }

  private static List<GranteeRights> quickShare(SharesBody body) {
    if (body.addresses() == null || body.addresses().isEmpty() || body.role() == null) {
      throw ApiException.invalid("A quick share names at least one address and the role they all get.");
    }
    return body.addresses().stream()
        .map(address -> GranteeRights.of(GranteeType.USER, required(address), body.role().role()))
        .toList();
  }

  private static List<GranteeRights> advancedShare(List<ShareeBody> sharees) {
    if (sharees.isEmpty()) {
      throw ApiException.invalid("An advanced share names at least one sharee.");
    }
    List<GranteeRights> grantees = new ArrayList<>();
    for (ShareeBody sharee : sharees) {
      grantees.add(grantee(sharee));
    }
    return grantees;
  }

  private static GranteeRights grantee(ShareeBody sharee) {
    if (sharee == null) {
      throw ApiException.invalid("A sharee cannot be null; give each an address, a group or a domain.");
    }
    List<Named> named = Stream.of(
            new Named(GranteeType.USER, sharee.address()),
            new Named(GranteeType.GROUP, sharee.group()),
            new Named(GranteeType.DOMAIN, sharee.domain()))
        .filter(candidate -> candidate.name() != null)
        .toList();
    if (named.size() != 1) {
      throw ApiException.invalid("Name each sharee by exactly one of address, group and domain.");
    }
    GranteeType type = named.getFirst().type();
    String grantee = required(named.getFirst().name());
    boolean hasRights = sharee.rights() != null && !sharee.rights().isEmpty();
    if ((sharee.role() != null) == hasRights) {
      throw ApiException.invalid("Give " + grantee + " either a role or a set of rights, not both and not neither.");
    }
    return hasRights
        ? GranteeRights.of(type, grantee, ShareRight.toRights(Set.copyOf(sharee.rights())))
        : GranteeRights.of(type, grantee, sharee.role().role());
  }

  private static String required(String grantee) {
    if (grantee == null || grantee.isBlank()) {
      throw ApiException.invalid("A sharee's address, group or domain cannot be blank.");
    }
    return grantee.strip();
  }
}
