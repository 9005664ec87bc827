package dev.partage.storage.entity;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/** A member's latest change; deleted ones are the tombstones sync-collection reports. */
@Entity
@Table(name = "change_log")
@IdClass(ChangeEntity.Key.class)
public class ChangeEntity extends PanacheEntityBase {

  /** The composite key, as JPA wants it: a class with the same fields. */
  public static class Key implements Serializable {
    public UUID collectionId;
    public String name;

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k && Objects.equals(collectionId, k.collectionId) && Objects.equals(name, k.name);
    }

    @Override
    public int hashCode() {
      return Objects.hash(collectionId, name);
    }
  }

  @Id
  @Column(name = "collection_id")
  public UUID collectionId;

  @Id public String name;

  public long revision;

  public String etag;

  public boolean deleted;
}
