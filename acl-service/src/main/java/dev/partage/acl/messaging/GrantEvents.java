package dev.partage.acl.messaging;

import dev.partage.acl.entity.GrantEntity;
import dev.partage.contracts.acl.Right;
import dev.partage.contracts.event.GrantEvent;
import dev.partage.contracts.event.Topics;
import dev.partage.outbox.EventOutbox;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Set;

/**
 * Builds the event for each grant change and hands it to the outbox, in the transaction of the
 * change: a grant is committed with its event or not at all, and Kafka being down never fails a
 * share.
 */
@ApplicationScoped
public class GrantEvents {

  private final EventOutbox outbox;

  GrantEvents(EventOutbox outbox) {
    this.outbox = outbox;
  }

  public void set(GrantEntity grant) {
    append(GrantEvent.Type.GRANT_SET, grant, grant.rights);
  }

  public void removed(GrantEntity grant) {
    append(GrantEvent.Type.GRANT_REMOVED, grant, Set.of());
  }

  /** Keyed by collection id, so that one collection's grant events stay in order. */
  private void append(GrantEvent.Type type, GrantEntity grant, Set<Right> rights) {
    GrantEvent event = new GrantEvent(type, grant.collection.id, grant.collection.kind, grant.collection.owner,
        grant.granteeType, grant.grantee, rights, Instant.now());
    outbox.append(Topics.GRANTS, event.collectionId().toString(), event);
  }
}
