package dev.partage.acl.entity;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A sharee's own presentation of a collection shared with them; null fields: the owner's. */
@Entity
@Table(name = "sharee_view")
public class ShareeViewEntity extends PanacheEntityBase {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  public String sharee;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "collection_id")
  public SharedCollectionEntity collection;

  @Column(name = "name_in_home")
  public String nameInHome;

  @Column(name = "display_name")
  public String displayName;

  public String color;

  @Column(name = "sort_order")
  public Integer order;
}
