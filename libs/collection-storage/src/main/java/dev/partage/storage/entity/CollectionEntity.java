package dev.partage.storage.entity;

import dev.partage.contracts.collection.CollectionDto;
import dev.partage.contracts.collection.CollectionKind;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A calendar, task list or address book, in the service that owns its kind. */
@Entity
@Table(name = "collection")
public class CollectionEntity extends PanacheEntityBase {

  @Id public UUID id;

  public String owner;

  public String name;

  @Enumerated(EnumType.STRING)
  public CollectionKind kind;

  @Column(name = "display_name")
  public String displayName;

  public String color;

  public String description;

  public String timezone;

  /** Component names, comma separated (a handful at most: no join table). */
  public String components;

  @Column(name = "sort_order")
  public Integer sortOrder;

  @JdbcTypeCode(SqlTypes.JSON)
  @Column(name = "dead_properties")
  public Map<String, String> deadProperties;

  @Column(name = "sync_revision")
  public long syncRevision;

  @Column(name = "created_at")
  public Instant createdAt;

  @Column(name = "updated_at")
  public Instant updatedAt;

  public static List<CollectionEntity> ofOwner(String owner) {
    return list("owner = ?1 order by sortOrder nulls last, name", owner);
  }

  public static CollectionEntity byOwnerAndName(String owner, String name) {
    return find("owner = ?1 and name = ?2", owner, name).firstResult();
  }

  public Set<String> componentSet() {
    Set<String> set = new LinkedHashSet<>();
    if (components != null && !components.isEmpty()) {
      set.addAll(Arrays.asList(components.split(",")));
    }
    return set;
  }

  public void setComponentSet(Set<String> set) {
    this.components = String.join(",", set);
  }

  public CollectionDto toDto() {
    return new CollectionDto(
        id, owner, name, kind, displayName, color, description, timezone, componentSet(), sortOrder,
        deadProperties == null ? Map.of() : new TreeMap<>(deadProperties), syncRevision, createdAt, updatedAt);
  }
}
