package dev.partage.gateway.dav.proppatch;

import dev.partage.contracts.collection.CollectionPatch;
import dev.partage.dav.request.PropertyUpdate;
import dev.partage.dav.request.ProppatchRequest;
import dev.partage.dav.response.PropValue;
import dev.partage.dav.response.Propstat;
import dev.partage.dav.xml.DavNames;
import dev.partage.gateway.dav.property.CollectionProperties;
import dev.partage.gateway.dav.routing.HomeKind;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import javax.xml.namespace.QName;

/**
 * A PROPPATCH on a calendar or address book checked and translated into one {@link
 * CollectionPatch}. RFC 4918 section 9.2: updates apply in document order and all or nothing, so a
 * single refused property fails the others with 424 and nothing is sent to the service.
 */
public final class CollectionPatchPlan {

  private static final int OK = 200;
  private static final int FORBIDDEN = 403;
  private static final int CONFLICT = 409;
  private static final int FAILED_DEPENDENCY = 424;

  /** Apple's #RRGGBBAA, and the #RRGGBB that Thunderbird writes. */
  private static final Pattern COLOR = Pattern.compile("#[0-9A-Fa-f]{6}([0-9A-Fa-f]{2})?");

  private final Map<QName, Integer> statuses = new LinkedHashMap<>();
  private final Map<CollectionPatch.Field, String> values = new HashMap<>();
  private final Set<CollectionPatch.Field> cleared = EnumSet.noneOf(CollectionPatch.Field.class);
  private final Map<String, String> deadSet = new HashMap<>();
  private final Set<String> deadRemoved = new HashSet<>();

  private final HomeKind kind;

  private CollectionPatchPlan(HomeKind kind) {
    this.kind = kind;
  }

  /** The plan for {@code request} on a collection in a home of this kind. */
  public static CollectionPatchPlan of(HomeKind kind, ProppatchRequest request) {
    CollectionPatchPlan plan = new CollectionPatchPlan(kind);
    for (PropertyUpdate update : request.updates()) {
      plan.statuses.put(update.name(), plan.apply(update));
    }
    return plan;
  }

  /** True when a property was refused, and so the whole request. */
  public boolean failed() {
    return !refused().isEmpty();
  }

  /** The refused properties with their status: 403 protected, 409 unacceptable value. */
  public Map<QName, Integer> refused() {
    Map<QName, Integer> refused = new LinkedHashMap<>();
    statuses.forEach(
        (name, status) -> {
          if (status != OK) {
            refused.put(name, status);
          }
        });
    return refused;
  }

  /** The change to ask the service for; only meaningful when not {@link #failed()}. */
  public CollectionPatch patch() {
    Integer order =
        values.get(CollectionPatch.Field.ORDER) == null
            ? null
            : Integer.valueOf(values.get(CollectionPatch.Field.ORDER));
    return new CollectionPatch(
        values.get(CollectionPatch.Field.DISPLAY_NAME),
        values.get(CollectionPatch.Field.COLOR),
        values.get(CollectionPatch.Field.DESCRIPTION),
        values.get(CollectionPatch.Field.TIMEZONE),
        order,
        cleared,
        deadSet,
        deadRemoved);
  }

  /**
   * One propstat per status, each listing its properties empty (RFC 4918 section 9.2.1); when the
   * request failed, the properties that were fine report 424.
   */
  public List<Propstat> propstats() {
    boolean failed = failed();
    Map<Integer, Map<QName, PropValue>> byStatus = new TreeMap<>();
    statuses.forEach(
        (name, status) -> {
          int reported = failed && status == OK ? FAILED_DEPENDENCY : status;
          byStatus
              .computeIfAbsent(reported, s -> new LinkedHashMap<>())
              .put(name, PropValue.empty());
        });
    return byStatus.entrySet().stream()
        .map(entry -> new Propstat(entry.getKey(), entry.getValue()))
        .toList();
  }

  private int apply(PropertyUpdate update) {
    QName name = update.name();
    CollectionPatch.Field field = LiveField.of(kind, name);
    if (field != null) {
      return applyLive(update, field);
    }
    if (CollectionProperties.PROTECTED.contains(name)) {
      return FORBIDDEN;
    }
    String clarkName = name.toString();
    if (update.op() == PropertyUpdate.Operation.SET) {
      deadSet.put(clarkName, update.value().toXml());
      deadRemoved.remove(clarkName);
    } else {
      deadSet.remove(clarkName);
      deadRemoved.add(clarkName);
    }
    return OK;
  }

  private int applyLive(PropertyUpdate update, CollectionPatch.Field field) {
    String text = update.op() == PropertyUpdate.Operation.SET ? update.value().text() : "";
    if (text.isEmpty()) {
      // Removing a property and setting it empty both leave the calendar without it.
      values.remove(field);
      cleared.add(field);
      return OK;
    }
    if (!LiveField.valid(field, text)) {
      return CONFLICT;
    }
    values.put(field, text);
    cleared.remove(field);
    return OK;
  }

  /**
   * The writable live properties ({@link CollectionProperties#writable}) and their fields. An
   * address book's description, colour and order are stored where a calendar's are.
   */
  static final class LiveField {

    private static final Map<QName, CollectionPatch.Field> CALENDAR_FIELDS =
        Map.of(
            DavNames.DISPLAYNAME, CollectionPatch.Field.DISPLAY_NAME,
            DavNames.CALENDAR_COLOR, CollectionPatch.Field.COLOR,
            DavNames.CALENDAR_DESCRIPTION, CollectionPatch.Field.DESCRIPTION,
            DavNames.CALENDAR_TIMEZONE, CollectionPatch.Field.TIMEZONE,
            DavNames.CALENDAR_ORDER, CollectionPatch.Field.ORDER);

    private static final Map<QName, CollectionPatch.Field> ADDRESS_BOOK_FIELDS =
        Map.of(
            DavNames.DISPLAYNAME, CollectionPatch.Field.DISPLAY_NAME,
            DavNames.CALENDAR_COLOR, CollectionPatch.Field.COLOR,
            DavNames.CALENDAR_ORDER, CollectionPatch.Field.ORDER,
            DavNames.ADDRESSBOOK_DESCRIPTION, CollectionPatch.Field.DESCRIPTION);

    static CollectionPatch.Field of(HomeKind kind, QName name) {
      return switch (kind) {
        case CALENDARS -> CALENDAR_FIELDS.get(name);
        case ADDRESS_BOOKS -> ADDRESS_BOOK_FIELDS.get(name);
      };
    }

    /** RFC 4918 section 9.2.1: a value the server cannot take is a 409 for that property. */
    static boolean valid(CollectionPatch.Field field, String text) {
      return switch (field) {
        case COLOR -> COLOR.matcher(text).matches();
        case ORDER -> text.matches("-?\\d{1,9}");
        default -> true;
      };
    }
  }
}
