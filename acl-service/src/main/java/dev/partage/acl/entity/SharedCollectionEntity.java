package dev.partage.acl.entity;

import dev.partage.contracts.collection.CollectionKind;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** A collection that has been shared, as its owner's side last described it. */
@Entity
@Table(name = "shared_collection")
public class SharedCollectionEntity extends PanacheEntityBase {

  @Id
  public UUID id;

  @Enumerated(EnumType.STRING)
  public CollectionKind kind;

  public String owner;

  /** Its URL segment in the owner's home. */
  public String name;

  @Column(name = "display_name")
  public String displayName;

  public String color;

  /** "Gilles Buisson", from Keycloak; null when the account has no name. */
  @Column(name = "owner_display_name")
  public String ownerDisplayName;
}
