package dev.partage.storage.service;

import dev.partage.contracts.collection.ObjectData;
import dev.partage.storage.entity.ObjectEntity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;
import java.util.UUID;
import org.hibernate.Session;

/**
 * The objects of a collection with a text-index row satisfying one of some conditions, in one
 * statement: a search on a 5,000-card address book reads the cards that can match, found through
 * the trigram index, and parses only those.
 */
@ApplicationScoped
public class TextCandidates {

  private static final String SELECT = """
      select %s
        from dav_object o
       where o.id = any(array(
               select t.object_id from dav_text t
                where t.collection_id = ? and (%s)))
       order by o.name
      """;
  private static final String CONDITION = "(t.property = ? and t.value like ? escape '!')";

  @Transactional
  public List<ObjectData> matchingAny(UUID collectionId, List<TextCondition> conditions) {
    Collections.require(collectionId);
    if (conditions.isEmpty()) {
      return List.of();
    }
    StringJoiner anyOf = new StringJoiner(" or ");
    conditions.forEach(c -> anyOf.add(CONDITION));
    String sql = SELECT.formatted(ObjectDataRows.COLUMNS, anyOf);
    return ObjectEntity.getEntityManager().unwrap(Session.class).doReturningWork(connection -> {
      try (PreparedStatement statement = connection.prepareStatement(sql)) {
        int i = 1;
        statement.setObject(i++, collectionId);
        for (TextCondition condition : conditions) {
          statement.setString(i++, condition.property());
          statement.setString(i++, pattern(condition));
        }
        List<ObjectData> found = new ArrayList<>();
        try (ResultSet rows = statement.executeQuery()) {
          while (rows.next()) {
            found.add(ObjectDataRows.of(rows));
          }
        }
        return found;
      }
    });
  }

  /** The LIKE pattern of a condition, its own % and _ escaped with '!'. */
  static String pattern(TextCondition condition) {
    String literal = condition.foldedValue().replace("!", "!!").replace("%", "!%").replace("_", "!_");
    return switch (condition.matchType()) {
      case EQUALS -> literal;
      case CONTAINS -> "%" + literal + "%";
      case STARTS_WITH -> literal + "%";
      case ENDS_WITH -> "%" + literal;
    };
  }
}
