package dev.partage.acl.entity;

import dev.partage.acl.policy.DomainPolicy;
import dev.partage.acl.policy.HostedDomain;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "hosted_domain")
public class HostedDomainEntity extends PanacheEntityBase {

  @Id
  public String name;

  public String tenant;

  @Enumerated(EnumType.STRING)
  public DomainPolicy policy;

  public HostedDomain toDomain() {
    return new HostedDomain(name, tenant, policy);
  }
}
