package dev.partage.gateway.dav;

import dev.partage.contracts.api.CollectionApi;
import dev.partage.contracts.collection.ChangeSet;
import dev.partage.contracts.collection.CollectionDto;
import dev.partage.contracts.collection.CollectionKind;
import dev.partage.contracts.collection.CollectionPatch;
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
 * One calendar's objects in memory, standing in for a collection service's internal API so that the
 * gateway's DAV handlers can be unit-tested; it records what the gateway asked.
 */
public final class InMemoryCalendar {

  public static final UUID CALENDAR_ID = UUID.fromString("6f0e1c1e-0000-4000-8000-000000000001");

  public final Map<String, ObjectData> objects = new LinkedHashMap<>();
  public final List<List<String>> multigets = new ArrayList<>();
  public final List<QueryRequest> queries = new ArrayList<>();
  public final List<Long> changesSince = new ArrayList<>();
  public ChangeSet changeSet = new ChangeSet(0, List.of(), false);
  public CollectionPatch lastPatch;

  public static CollectionDto calendar(String owner, String name) {
    return new CollectionDto(
        CALENDAR_ID,
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

  /** This calendar as the internal API the handlers call. */
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
      own = InMemoryCalendar.class.getMethod(method.getName(), method.getParameterTypes());
    } catch (NoSuchMethodException notServed) {
      throw new UnsupportedOperationException(method.getName() + " is not expected in this test");
    }
    try {
      return own.invoke(this, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }

  public InMemoryCalendar with(String name, String data) {
    objects.put(
        name,
        new ObjectData(
            name,
            "\"" + name + "-1\"",
            "text/calendar; charset=utf-8; component=vevent",
            data.length(),
            Instant.parse("2026-11-28T09:30:00Z"),
            data));
    return this;
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

  public WriteResult putObject(
      UUID id, String name, String ifMatch, String ifNoneMatch, String body) {
    boolean created = !objects.containsKey(name);
    with(name, body);
    return new WriteResult(objects.get(name).etag(), created, 6);
  }

  public String freeBusy(UUID id, FreeBusyRequest request) {
    return "BEGIN:VCALENDAR\r\nBEGIN:VFREEBUSY\r\nEND:VFREEBUSY\r\nEND:VCALENDAR\r\n";
  }
}
