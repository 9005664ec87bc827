package dev.partage.storage.entity;

import dev.partage.contracts.collection.ObjectData;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * One calendar object resource or vCard, stored exactly as the client sent it (clients compare what
 * they read back), with the index columns its queries need.
 */
@Entity
@Table(name = "dav_object")
public class ObjectEntity extends PanacheEntityBase {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Column(name = "collection_id")
  public UUID collectionId;

  public String name;

  public String uid;

  public String component;

  public String etag;

  @Column(name = "content_type")
  public String contentType;

  public String data;

  public int size;

  @Column(name = "first_start")
  public Instant firstStart;

  @Column(name = "last_end")
  public Instant lastEnd;

  /** The dav_instance rows decide time windows on their own (see V2__occurrences.sql). */
  @Column(name = "instances_exact")
  public boolean instancesExact;

  /** The dav_instance rows list every instance starting before this; null: all of them. */
  @Column(name = "instances_until")
  public Instant instancesUntil;

  public long revision;

  @Column(name = "last_modified")
  public Instant lastModified;

  public static ObjectEntity byName(UUID collectionId, String name) {
    return find("collectionId = ?1 and name = ?2", collectionId, name).firstResult();
  }

  public static ObjectEntity byUid(UUID collectionId, String uid) {
    return find("collectionId = ?1 and uid = ?2", collectionId, uid).firstResult();
  }

  public ObjectData toData() {
    return new ObjectData(name, etag, contentType, size, lastModified, data);
  }
}
