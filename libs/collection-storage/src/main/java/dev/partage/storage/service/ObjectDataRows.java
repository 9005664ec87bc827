package dev.partage.storage.service;

import dev.partage.contracts.collection.ObjectData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;

/** An object read by plain SQL (the candidate queries that JPQL cannot express). */
final class ObjectDataRows {

  /** The columns a row must carry, in any order. */
  static final String COLUMNS = "o.name, o.etag, o.content_type, o.size, o.last_modified, o.data";

  private ObjectDataRows() {}

  static ObjectData of(ResultSet rows) throws SQLException {
    return new ObjectData(rows.getString("name"), rows.getString("etag"),
        rows.getString("content_type"), rows.getInt("size"),
        rows.getObject("last_modified", OffsetDateTime.class).toInstant(), rows.getString("data"));
  }
}
