package dev.partage.storage.service;

import dev.partage.contracts.collection.Change;
import dev.partage.contracts.collection.ChangeSet;
import dev.partage.contracts.error.ServiceException;
import dev.partage.storage.entity.ChangeEntity;
import dev.partage.storage.entity.CollectionEntity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;

/** Each member's latest change, which answers sync-collection (RFC 6578) without scanning objects. */
@ApplicationScoped
public class ChangeLog {

  private static final String DAV = "DAV:";

  private final EntityManager em;

  ChangeLog(EntityManager em) {
    this.em = em;
  }

  @Transactional(Transactional.TxType.MANDATORY)
  public void record(UUID collectionId, String name, long revision, String etag, boolean deleted) {
    em.createNativeQuery("""
            insert into change_log (collection_id, name, revision, etag, deleted) values (?1, ?2, ?3, ?4, ?5)
            on conflict (collection_id, name)
            do update set revision = excluded.revision, etag = excluded.etag, deleted = excluded.deleted""")
        .setParameter(1, collectionId)
        .setParameter(2, name)
        .setParameter(3, revision)
        .setParameter(4, etag)
        .setParameter(5, deleted)
        .executeUpdate();
  }

  /**
   * The changes after {@code since}, oldest first. Since 0 lists the current members only: a client
   * starting afresh has nothing to delete.
   */
  @Transactional
  public ChangeSet since(UUID collectionId, long since, Integer limit) {
    CollectionEntity collection = CollectionEntity.findById(collectionId);
    if (collection == null) {
      throw ServiceException.notFound("No such collection.");
    }
    if (since < 0 || since > collection.syncRevision) {
      throw new ServiceException(403, DAV, "valid-sync-token",
          "This sync token was not issued for this collection; start again with an empty token.");
    }
    // Since 0 the tombstones are left out, of the page and of the "is there more" test alike.
    String members = since == 0
        ? "collectionId = ?1 and revision > ?2 and deleted = false"
        : "collectionId = ?1 and revision > ?2";
    var found = ChangeEntity.<ChangeEntity>find(members + " order by revision", collectionId, since);
    boolean limited = limit != null && limit > 0;
    List<ChangeEntity> rows = limited ? found.range(0, limit - 1).list() : found.list();
    boolean truncated = limited && rows.size() == limit
        && ChangeEntity.count(members, collectionId, rows.get(rows.size() - 1).revision) > 0;
    long revision = truncated ? rows.get(rows.size() - 1).revision : collection.syncRevision;
    List<Change> changes = rows.stream().map(r -> new Change(r.name, r.etag, r.deleted)).toList();
    return new ChangeSet(revision, changes, truncated);
  }
}
