package dev.partage.storage.rest;

import dev.partage.contracts.api.CollectionApi;
import dev.partage.contracts.collection.CardMatches;
import dev.partage.contracts.collection.CardQuery;
import dev.partage.contracts.collection.CardRead;
import dev.partage.contracts.collection.ChangeSet;
import dev.partage.contracts.collection.CollectionDto;
import dev.partage.contracts.collection.CollectionPatch;
import dev.partage.contracts.collection.CopyRequest;
import dev.partage.contracts.collection.FreeBusyRequest;
import dev.partage.contracts.collection.MultigetRequest;
import dev.partage.contracts.collection.NewCollection;
import dev.partage.contracts.collection.ObjectData;
import dev.partage.contracts.collection.ObjectMeta;
import dev.partage.contracts.collection.QueryRequest;
import dev.partage.contracts.collection.WriteResult;
import dev.partage.storage.service.ChangeLog;
import dev.partage.storage.service.Collections;
import dev.partage.storage.service.Objects;
import dev.partage.storage.service.QueryAnswers;
import dev.partage.storage.service.CardAnswers;
import io.quarkus.security.Authenticated;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * The internal API, served the same way by every collection service. Callers must present a valid
 * user token (verified here by quarkus-oidc); what a user may do with a collection is decided at the
 * gateway, the one place that knows the grants.
 */
@Authenticated
public class CollectionResource implements CollectionApi {

  private final Collections collections;
  private final Objects objects;
  private final ChangeLog changeLog;
  private final QueryAnswers queries;
  private final CardAnswers cards;

  CollectionResource(Collections collections, Objects objects, ChangeLog changeLog, QueryAnswers queries,
      CardAnswers cards) {
    this.collections = collections;
    this.objects = objects;
    this.changeLog = changeLog;
    this.queries = queries;
    this.cards = cards;
  }

  @Override
  public List<CollectionDto> listCollections(String owner) {
    return collections.ofOwner(owner.toLowerCase(Locale.ROOT));
  }

  @Override
  public CollectionDto createCollection(String owner, NewCollection collection) {
    return collections.create(owner.toLowerCase(Locale.ROOT), collection);
  }

  @Override
  public CollectionDto getCollection(UUID id) {
    return collections.get(id);
  }

  @Override
  public CollectionDto patchCollection(UUID id, CollectionPatch patch) {
    return collections.patch(id, patch);
  }

  @Override
  public void deleteCollection(UUID id) {
    collections.delete(id);
  }

  @Override
  public List<ObjectMeta> listObjects(UUID id) {
    return objects.list(id);
  }

  @Override
  public ObjectData getObject(UUID id, String name) {
    return objects.get(id, name);
  }

  @Override
  public WriteResult putObject(UUID id, String name, String ifMatch, String ifNoneMatch, String body) {
    return objects.put(id, name, ifMatch, ifNoneMatch, body == null ? "" : body);
  }

  @Override
  public WriteResult deleteObject(UUID id, String name, String ifMatch) {
    return objects.delete(id, name, ifMatch);
  }

  @Override
  public WriteResult copyObject(UUID id, String name, CopyRequest request) {
    return objects.copy(id, name, request);
  }

  @Override
  public List<ObjectData> multiget(UUID id, MultigetRequest request) {
    return objects.byNames(id, request.names() == null ? List.of() : request.names());
  }

  @Override
  public List<ObjectData> query(UUID id, QueryRequest request) {
    return queries.query(id, request);
  }

  @Override
  public List<ObjectData> readCards(UUID id, CardRead request) {
    return cards.read(id, request);
  }

  @Override
  public CardMatches queryCards(UUID id, CardQuery request) {
    return cards.query(id, request);
  }

  @Override
  public String freeBusy(UUID id, FreeBusyRequest request) {
    return queries.freeBusy(id, request);
  }

  @Override
  public ChangeSet changes(UUID id, long since, Integer limit) {
    return changeLog.since(id, since, limit);
  }
}
