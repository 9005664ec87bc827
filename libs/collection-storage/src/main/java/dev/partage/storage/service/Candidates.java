package dev.partage.storage.service;

import dev.partage.contracts.collection.ObjectData;
import dev.partage.dav.caldav.filter.TimeRange;
import dev.partage.storage.entity.ObjectEntity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hibernate.Session;

/**
 * The objects a time window may concern, fetched in one query: a one-week query on a 10,000-event
 * calendar reads the week's candidates, not the calendar.
 */
@ApplicationScoped
public class Candidates {

  /**
   * One statement, so both lists come from the same snapshot: an object rewritten meanwhile is in
   * exactly one of them. The instances in the window are found first, through the GiST index, and
   * their objects read by primary key: as an array, the planner cannot turn that step into a hash
   * join over every object of the database (a seq scan of 11,000 rows, measured). The window's
   * bounds arrive as text so that an open side can be PostgreSQL's infinity.
   */
  private static final String BY_INSTANCES = """
      select true as decided, o.name, o.etag, o.content_type, o.size, o.last_modified, o.data
        from dav_object o
       where o.id = any(array(
               select i.object_id from dav_instance i
                where i.collection_id = ?
                  and tstzrange(i.starts_at, i.ends_at, '[]')
                      && tstzrange(cast(? as timestamptz), cast(? as timestamptz), '[]')
                  and i.starts_at < cast(? as timestamptz)
                  and (i.ends_at > cast(? as timestamptz)
                       or (i.ends_at = i.starts_at and i.starts_at >= cast(? as timestamptz)))))
         and o.component = ? and o.instances_exact
         and (o.instances_until is null or o.instances_until >= cast(? as timestamptz))
      union all
      select false, o.name, o.etag, o.content_type, o.size, o.last_modified, o.data
        from dav_object o
       where o.collection_id = ? and o.component = ?
         and (not o.instances_exact or o.instances_until is not null)
         and (not o.instances_exact or o.instances_until < cast(? as timestamptz))
         and (o.first_start is null or o.first_start <= cast(? as timestamptz))
         and (o.first_start is null or o.last_end is null or o.last_end >= cast(? as timestamptz))
      """;

  @Transactional
  public List<ObjectData> within(UUID collectionId, TimeRange window) {
    Collections.require(collectionId);
    // first_start null: no time at all (always a candidate); last_end null: unbounded recurrence.
    // Inclusive on both sides: RFC 4791 section 9.9 has rows such as "start <= DTEND".
    StringBuilder where = new StringBuilder("collectionId = :collection");
    Map<String, Object> parameters = new HashMap<>();
    parameters.put("collection", collectionId);
    if (window != null && window.end() != null) {
      where.append(" and (firstStart is null or firstStart <= :end)");
      parameters.put("end", window.end());
    }
    if (window != null && window.start() != null) {
      where.append(" and (firstStart is null or lastEnd is null or lastEnd >= :start)");
      parameters.put("start", window.start());
    }
    return ObjectEntity.<ObjectEntity>list(where.toString(), parameters).stream().map(ObjectEntity::toData).toList();
  }

  /**
   * The objects of the query's component type with an instance row in its window, and apart those
   * whose rows cannot decide, narrowed by their time span as {@link #within} does.
   */
  @Transactional
  public WindowCandidates overlapping(UUID collectionId, InstanceQuery query) {
    Collections.require(collectionId);
    return ObjectEntity.getEntityManager().unwrap(Session.class).doReturningWork(connection -> {
      try (PreparedStatement statement = connection.prepareStatement(BY_INSTANCES)) {
        String ws = bound(query.window().start(), "-infinity");
        String we = bound(query.window().end(), "infinity");
        List<Object> parameters =
            List.of(collectionId, ws, we, we, ws, ws, query.component(), we, collectionId, query.component(), we, we, ws);
        for (int i = 0; i < parameters.size(); i++) {
          statement.setObject(i + 1, parameters.get(i));
        }
        return read(statement);
      }
    });
  }

  private static String bound(Instant instant, String open) {
    return instant == null ? open : instant.toString();
  }

  private static WindowCandidates read(PreparedStatement statement) throws SQLException {
    List<ObjectData> matching = new ArrayList<>();
    List<ObjectData> undecided = new ArrayList<>();
    try (ResultSet rows = statement.executeQuery()) {
      while (rows.next()) {
        ObjectData object = ObjectDataRows.of(rows);
        (rows.getBoolean("decided") ? matching : undecided).add(object);
      }
    }
    return new WindowCandidates(matching, undecided);
  }
}
