package dev.partage.storage.service;

import dev.partage.contracts.error.ServiceException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Hands out a collection's next sync revision. The update locks the collection row until commit,
 * so the writes to one collection are serialised and their revisions are in commit order, which is
 * what makes "changes after revision N" a complete answer (RFC 6578).
 */
@ApplicationScoped
public class Revisions {

  private final EntityManager em;

  Revisions(EntityManager em) {
    this.em = em;
  }

  @Transactional(Transactional.TxType.MANDATORY)
  public long next(UUID collectionId) {
    @SuppressWarnings("unchecked")
    List<Number> result = em.createNativeQuery(
            "update collection set sync_revision = sync_revision + 1, updated_at = ?2 where id = ?1 returning sync_revision")
        .setParameter(1, collectionId)
        .setParameter(2, Instant.now())
        .getResultList();
    if (result.isEmpty()) {
      throw ServiceException.notFound("No such collection.");
    }
    return result.get(0).longValue();
  }
}
