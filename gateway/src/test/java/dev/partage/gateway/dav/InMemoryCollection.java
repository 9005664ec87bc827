package dev.partage.gateway.dav;

import dev.partage.contracts.api.CollectionApi;
import dev.partage.contracts.collection.AddressData;
import dev.partage.contracts.collection.CardMatches;
import dev.partage.contracts.collection.CardQuery;
import dev.partage.contracts.collection.CardRead;
import dev.partage.contracts.collection.ChangeSet;
import dev.partage.contracts.collection.CollectionDto;
import dev.partage.contracts.collection.CollectionKind;
import dev.partage.contracts.collection.CollectionPatch;
import dev.partage.contracts.collection.CopyRequest;
import dev.partage.contracts.collection.FreeBusyRequest;
import dev.partage.contracts.collection.MultigetRequest;
import dev.partage.contracts.collection.ObjectData;
import dev.partage.contracts.collection.ObjectMeta;
import dev.partage.contracts.collection.QueryRequest;
import dev.partage.contracts.collection.WriteResult;
import dev.partage.contracts.error.ServiceException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * One collection's objects in memory (a calendar's or an address book's), standing in for a
 * collection service's internal API so that the gateway's DAV handlers can be unit-tested; it
 * records what the gateway asked.
 */
public final class InMemoryCollection {

  public static final UUID CALENDAR_ID = UUID.fromString("6f0e1c1e-0000-4000-8000-000000000001");

  public final Map<String, ObjectData> objects = new LinkedHashMap<>();
  public final List<List<String>> multigets = new ArrayList<>();
  public final List<QueryRequest> queries = new ArrayList<>();
  public final List<Long> changesSince = new ArrayList<>();
  public ChangeSet changeSet = new ChangeSet(0, List.of(), false);
  public CollectionPatch lastPatch;
  public final List<CardRead> cardReads = new ArrayList<>();
  public final List<CardQuery> cardQueries = new ArrayList<>();
  public boolean queryTruncated;

  public static CollectionDto calendar(String owner, String name) {
    return calendar(owner, name, CALENDAR_ID);
  }

  /** A calendar with its own id, for tests with more than one collection. */
  public static CollectionDto calendar(String owner, String name, UUID id) {
    return new CollectionDto(
        id,
        owner,
        name,
        CollectionKind.CALENDAR,
        name,
        null,
        null,
        null,
        Set.of("VEVENT"),
        null,
        Map.of(),
        5,
        Instant.EPOCH,
        Instant.EPOCH);
  }

  public static CollectionDto addressBook(String owner, String name) {
    return new CollectionDto(
        CALENDAR_ID,
        owner,
        name,
        CollectionKind.ADDRESSBOOK,
        "Friends & family",
        null,
        "People I know",
        null,
        Set.of(),
        null,
        Map.of(),
        9,
        Instant.EPOCH,
        Instant.parse("2026-11-28T09:30:00Z"));
  }

  /** This collection as the internal API the handlers call. */
  public CollectionApi api() {
    return (CollectionApi)
        Proxy.newProxyInstance(
            CollectionApi.class.getClassLoader(),
            new Class<?>[] {CollectionApi.class},
            (proxy, method, args) -> call(method, args));
  }

  private Object call(Method method, Object[] args) throws Throwable {
    Method own;
    try {
      own = InMemoryCollection.class.getMethod(method.getName(), method.getParameterTypes());
    } catch (NoSuchMethodException notServed) {
      throw new UnsupportedOperationException(method.getName() + " is not expected in this test");
    }
    try {
      return own.invoke(this, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }

  public InMemoryCollection with(String name, String data) {
    return with(name, "text/calendar; charset=utf-8; component=vevent", data);
  }

  /** Adds a vCard, served with the content type contact-service gives. */
  public InMemoryCollection withCard(String name, String data) {
    return with(name, "text/vcard; charset=utf-8", data);
  }

  private InMemoryCollection with(String name, String contentType, String data) {
    objects.put(
        name,
        new ObjectData(
            name,
            "\"" + name + "-1\"",
            contentType,
            data.length(),
            Instant.parse("2026-11-28T09:30:00Z"),
            data));
    return this;
  }

  /** The stored cards asked for, their bodies marked with the version asked. */
  public List<ObjectData> readCards(UUID id, CardRead request) {
    cardReads.add(request);
    return request.names().stream()
        .filter(objects::containsKey)
        .map(name -> shaped(objects.get(name), request.addressData()))
        .toList();
  }

  /** Every card matches; the filter is the service's to evaluate. */
  public CardMatches queryCards(UUID id, CardQuery request) {
    cardQueries.add(request);
    List<ObjectData> cards =
        objects.values().stream().map(card -> shaped(card, request.addressData())).toList();
    return new CardMatches(cards, queryTruncated);
  }

  private static ObjectData shaped(ObjectData card, AddressData shape) {
    if (shape == null || shape.version() == null) {
      return card;
    }
    return new ObjectData(
        card.name(),
        card.etag(),
        card.contentType(),
        card.size(),
        card.lastModified(),
        card.data().replaceFirst("VERSION:[0-9.]+", "VERSION:" + shape.version()));
  }

  public List<ObjectMeta> listObjects(UUID id) {
    return objects.values().stream().map(ObjectData::meta).toList();
  }

  public ObjectData getObject(UUID id, String name) {
    ObjectData object = objects.get(name);
    if (object == null) {
      throw ServiceException.notFound("No object " + name + ".");
    }
    return object;
  }

  public List<ObjectData> multiget(UUID id, MultigetRequest request) {
    multigets.add(request.names());
    return request.names().stream().filter(objects::containsKey).map(objects::get).toList();
  }

  public List<ObjectData> query(UUID id, QueryRequest request) {
    queries.add(request);
    return List.copyOf(objects.values());
  }

  public ChangeSet changes(UUID id, long since, Integer limit) {
    changesSince.add(since);
    return changeSet;
  }

  public CollectionDto patchCollection(UUID id, CollectionPatch patch) {
    lastPatch = patch;
    return null;
  }

  /** Honours If-Match and If-None-Match as the services do, in the same step as the write. */
  public WriteResult putObject(
      UUID id, String name, String ifMatch, String ifNoneMatch, String body) {
    ObjectData existing = objects.get(name);
    if (ifMatch != null && (existing == null || !matches(ifMatch, existing.etag()))) {
      throw ServiceException.preconditionFailed("If-Match failed.");
    }
    if (ifNoneMatch != null && existing != null && matches(ifNoneMatch, existing.etag())) {
      throw ServiceException.preconditionFailed("If-None-Match failed.");
    }
    boolean created = existing == null;
    with(name, body);
    return new WriteResult(objects.get(name).etag(), created, 6);
  }

  /** COPY or MOVE between names of this one collection, honouring Overwrite as the services do. */
  public WriteResult copyObject(UUID id, String name, CopyRequest request) {
    ObjectData source = getObject(id, name);
    boolean created = !objects.containsKey(request.targetName());
    if (!created && !request.overwrite()) {
      throw ServiceException.preconditionFailed("The destination exists and Overwrite is F.");
    }
    if (request.move()) {
      objects.remove(name);
    }
    with(request.targetName(), source.data());
    return new WriteResult(objects.get(request.targetName()).etag(), created, 7);
  }

  private static boolean matches(String header, String etag) {
    return header.strip().equals("*") || header.strip().equals(etag);
  }

  public String freeBusy(UUID id, FreeBusyRequest request) {
    return "BEGIN:VCALENDAR\r\nBEGIN:VFREEBUSY\r\nEND:VFREEBUSY\r\nEND:VCALENDAR\r\n";
  }
}
