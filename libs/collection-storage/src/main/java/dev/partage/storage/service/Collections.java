package dev.partage.storage.service;

import dev.partage.contracts.collection.CollectionDto;
import dev.partage.contracts.collection.CollectionPatch;
import dev.partage.contracts.collection.NewCollection;
import dev.partage.contracts.error.ServiceException;
import dev.partage.contracts.event.CollectionEvent;
import dev.partage.storage.config.StorageConfig;
import dev.partage.storage.entity.CollectionEntity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Creating, describing, changing and deleting collections. */
@ApplicationScoped
public class Collections {

  private final StorageConfig config;
  private final ObjectRules rules;
  private final CollectionEvents events;

  Collections(StorageConfig config, ObjectRules rules, CollectionEvents events) {
    this.config = config;
    this.rules = rules;
    this.events = events;
  }

  @Transactional
  public List<CollectionDto> ofOwner(String owner) {
    return CollectionEntity.ofOwner(owner).stream().map(CollectionEntity::toDto).toList();
  }

  @Transactional
  public CollectionDto get(UUID id) {
    return require(id).toDto();
  }

  @Transactional
  public CollectionDto create(String owner, NewCollection request) {
    String name = ObjectNames.check(request.name());
    if (CollectionEntity.byOwnerAndName(owner, name) != null) {
      throw new ServiceException(405, null, null, "A collection with this name already exists here.");
    }
    Instant now = Instant.now();
    CollectionEntity c = new CollectionEntity();
    c.id = UUID.randomUUID();
    c.owner = owner;
    c.name = name;
    c.kind = config.kind();
    c.displayName = request.displayName();
    c.color = request.color();
    c.description = request.description();
    c.timezone = request.timezone();
    c.sortOrder = request.order();
    c.setComponentSet(components(request.components()));
    c.deadProperties = request.deadProperties() == null ? new HashMap<>() : new HashMap<>(request.deadProperties());
    c.syncRevision = 0;
    c.createdAt = now;
    c.updatedAt = now;
    c.persist();
    events.collection(CollectionEvent.Type.COLLECTION_CREATED, c);
    return c.toDto();
  }

  @Transactional
  public CollectionDto patch(UUID id, CollectionPatch patch) {
    CollectionEntity c = require(id);
    Set<CollectionPatch.Field> cleared = patch.cleared();
    c.displayName = value(patch.displayName(), c.displayName, cleared.contains(CollectionPatch.Field.DISPLAY_NAME));
    c.color = value(patch.color(), c.color, cleared.contains(CollectionPatch.Field.COLOR));
    c.description = value(patch.description(), c.description, cleared.contains(CollectionPatch.Field.DESCRIPTION));
    c.timezone = value(patch.timezone(), c.timezone, cleared.contains(CollectionPatch.Field.TIMEZONE));
    c.sortOrder = value(patch.order(), c.sortOrder, cleared.contains(CollectionPatch.Field.ORDER));
    Map<String, String> dead = new HashMap<>(c.deadProperties == null ? Map.of() : c.deadProperties);
    dead.putAll(patch.deadSet());
    patch.deadRemoved().forEach(dead::remove);
    c.deadProperties = dead;
    c.updatedAt = Instant.now();
    events.collection(CollectionEvent.Type.COLLECTION_CHANGED, c);
    return c.toDto();
  }

  @Transactional
  public void delete(UUID id) {
    CollectionEntity c = require(id);
    c.delete(); // objects and change log go with it (on delete cascade)
    events.collection(CollectionEvent.Type.COLLECTION_DELETED, c);
  }

  static CollectionEntity require(UUID id) {
    CollectionEntity c = CollectionEntity.findById(id);
    if (c == null) {
      throw ServiceException.notFound("No such collection.");
    }
    return c;
  }

  private Set<String> components(Set<String> requested) {
    Set<String> upper = new LinkedHashSet<>();
    if (requested != null) {
      requested.forEach(r -> upper.add(r.toUpperCase(Locale.ROOT)));
    }
    return rules.componentsFor(upper);
  }

  private static <T> T value(T requested, T current, boolean clear) {
    if (clear) {
      return null;
    }
    return requested != null ? requested : current;
  }
}
