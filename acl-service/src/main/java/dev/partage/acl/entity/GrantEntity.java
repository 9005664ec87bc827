package dev.partage.acl.entity;

import dev.partage.contracts.acl.Grant;
import dev.partage.contracts.acl.GranteeType;
import dev.partage.contracts.acl.Right;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Set;

/** One grantee's rights on one shared collection. */
@Entity
@Table(name = "collection_grant")
public class GrantEntity extends PanacheEntityBase {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "collection_id")
  public SharedCollectionEntity collection;

  @Enumerated(EnumType.STRING)
  @Column(name = "grantee_type")
  public GranteeType granteeType;

  public String grantee;

  @Convert(converter = RightsColumn.class)
  public Set<Right> rights;

  @Column(name = "granted_at")
  public Instant grantedAt;

  public Grant toGrant() {
    return new Grant(collection.id, collection.kind, collection.owner, granteeType, grantee, rights, grantedAt);
  }
}
