package dev.partage.acl.service;

import dev.partage.acl.entity.HostedDomainEntity;
import dev.partage.acl.policy.Address;
import dev.partage.acl.policy.HostedDomain;
import dev.partage.contracts.acl.ShareRefusal;
import dev.partage.contracts.error.ServiceException;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The domains hosted on this platform, as seeded by {@link DomainSeeder}. */
@ApplicationScoped
public class HostedDomains {

  public Optional<HostedDomain> find(String domain) {
    return HostedDomainEntity.<HostedDomainEntity>findByIdOptional(domain).map(HostedDomainEntity::toDomain);
  }

  /** Every hosted domain by name, for checks over many addresses at once. */
  public Map<String, HostedDomain> all() {
    return HostedDomainEntity.<HostedDomainEntity>listAll().stream()
        .map(HostedDomainEntity::toDomain)
        .collect(Collectors.toUnmodifiableMap(HostedDomain::name, Function.identity()));
  }

  /** The domain of {@code address}; an address of any other domain cannot be granted anything. */
  public HostedDomain of(Address address) {
    return find(address.domain()).orElseThrow(() -> notHosted(address.toString()));
  }

  static ServiceException notHosted(String what) {
    return ShareRefusal.NOT_HOSTED.refuse(
        what + " is not hosted on this platform; only accounts and domains hosted here can be given a share.");
  }
}
