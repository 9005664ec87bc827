package dev.partage.storage.service;

import dev.partage.storage.entity.ObjectEntity;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hibernate.Session;

/** Writes an object's rows in dav_text, in the caller's transaction, in one JDBC batch. */
@ApplicationScoped
class TextRows {

  private static final String DELETE = "delete from dav_text where object_id = ?";

  private static final String INSERT =
      "insert into dav_text (object_id, collection_id, property, value) values (?, ?, ?, ?)";

  /** Replaces the rows of {@code objectId}; {@code created} skips the delete of a new object. */
  void replace(long objectId, UUID collectionId, Map<String, List<String>> searchText, boolean created) {
    ObjectEntity.getEntityManager().unwrap(Session.class).doWork(connection -> {
      if (!created) {
        try (PreparedStatement delete = connection.prepareStatement(DELETE)) {
          delete.setLong(1, objectId);
          delete.executeUpdate();
        }
      }
      if (searchText.isEmpty()) {
        return;
      }
      try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
        for (Map.Entry<String, List<String>> property : searchText.entrySet()) {
          for (String value : property.getValue()) {
            insert.setLong(1, objectId);
            insert.setObject(2, collectionId);
            insert.setString(3, property.getKey());
            insert.setString(4, value);
            insert.addBatch();
          }
        }
        insert.executeBatch();
      }
    });
  }
}
