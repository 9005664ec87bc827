package dev.partage.acl.entity;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A customer of the platform, owning one or more hosted domains. */
@Entity
@Table(name = "tenant")
public class TenantEntity extends PanacheEntityBase {

  @Id
  public String name;
}
