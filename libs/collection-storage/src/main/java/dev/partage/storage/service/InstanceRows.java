package dev.partage.storage.service;

import dev.partage.storage.entity.ObjectEntity;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.hibernate.Session;

/**
 * Writes an object's rows in dav_instance, in the caller's transaction. One JDBC batch per object:
 * a two-year weekly series is a hundred rows, which must not cost a hundred round trips per PUT.
 */
@ApplicationScoped
class InstanceRows {

  private static final String DELETE = "delete from dav_instance where object_id = ?";

  private static final String INSERT =
      "insert into dav_instance (object_id, collection_id, starts_at, ends_at) values (?, ?, ?, ?)";

  /** Replaces the rows of {@code objectId}; {@code created} skips the delete of a new object. */
  void replace(long objectId, UUID collectionId, Instances instances, boolean created) {
    ObjectEntity.getEntityManager().unwrap(Session.class).doWork(connection -> {
      if (!created) {
        try (PreparedStatement delete = connection.prepareStatement(DELETE)) {
          delete.setLong(1, objectId);
          delete.executeUpdate();
        }
      }
      if (instances.periods().isEmpty()) {
        return;
      }
      try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
        for (Instances.Period period : instances.periods()) {
          insert.setLong(1, objectId);
          insert.setObject(2, collectionId);
          insert.setObject(3, utc(period.start()));
          insert.setObject(4, utc(period.end()));
          insert.addBatch();
        }
        insert.executeBatch();
      }
    });
  }

  private static OffsetDateTime utc(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }
}
