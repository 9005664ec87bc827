package dev.partage.gateway.dav.mkcol;

import dev.partage.contracts.collection.CollectionPatch;
import dev.partage.contracts.collection.NewCollection;
import dev.partage.dav.request.MkcolRequest;
import dev.partage.dav.request.PropertyUpdate;
import dev.partage.dav.request.ProppatchRequest;
import dev.partage.dav.xml.DavException;
import dev.partage.dav.xml.DavNames;
import dev.partage.dav.xml.XmlElement;
import dev.partage.gateway.dav.proppatch.CollectionPatchPlan;
import dev.partage.gateway.dav.routing.HomeKind;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.xml.namespace.QName;

/**
 * Reads the initial properties of an MKCALENDAR or extended MKCOL into a {@link NewCollection}. The
 * properties other than the resource type and the component set go through the same checks as a
 * PROPPATCH, since RFC 4791 section 5.3.1 and RFC 5689 section 3 define them as one.
 */
public final class NewCollectionReader {

  private static final int FORBIDDEN = 403;

  /** What Partage's services store: events in calendar-service, tasks in task-service. */
  private static final Set<String> SUPPORTED_COMPONENTS = Set.of("VEVENT", "VTODO");

  /** RFC 4791 section 5.2.3: a calendar created without a component set takes events. */
  private static final Set<String> DEFAULT_COMPONENTS = Set.of("VEVENT");

  private NewCollectionReader() {}

  /** The collection {@code request} asks for in a home of this kind. */
  public static NewCollection read(HomeKind kind, String name, MkcolRequest request) {
    Set<QName> readApart = readApart(kind);
    List<PropertyUpdate> updates =
        request.properties().stream()
            .filter(property -> !readApart.contains(property.name()))
            .map(
                property ->
                    new PropertyUpdate(PropertyUpdate.Operation.SET, property.name(), property))
            .toList();
    CollectionPatchPlan plan = CollectionPatchPlan.of(kind, new ProppatchRequest(updates));
    refuseFailed(plan);
    CollectionPatch initial = plan.patch();
    return new NewCollection(
        name,
        initial.displayName(),
        initial.color(),
        initial.description(),
        initial.timezone(),
        kind == HomeKind.CALENDARS ? components(request) : Set.of(),
        initial.order(),
        initial.deadSet());
  }

  /**
   * The properties that choose what is created rather than describe it. An address book has no
   * component set; one sent for it is refused as protected with the other properties.
   */
  private static Set<QName> readApart(HomeKind kind) {
    return switch (kind) {
      case CALENDARS -> Set.of(DavNames.RESOURCETYPE, DavNames.SUPPORTED_CALENDAR_COMPONENT_SET);
      case ADDRESS_BOOKS -> Set.of(DavNames.RESOURCETYPE);
    };
  }

  private static Set<String> components(MkcolRequest request) {
    XmlElement set = request.property(DavNames.SUPPORTED_CALENDAR_COMPONENT_SET).orElse(null);
    if (set == null || set.children(DavNames.COMP).isEmpty()) {
      return DEFAULT_COMPONENTS;
    }
    Set<String> components = new LinkedHashSet<>();
    for (XmlElement comp : set.children(DavNames.COMP)) {
      String component =
          comp.attribute("name") == null ? "" : comp.attribute("name").toUpperCase(Locale.ROOT);
      if (!SUPPORTED_COMPONENTS.contains(component)) {
        throw DavException.forbidden(
            DavNames.SUPPORTED_CALENDAR_COMPONENT,
            "Calendars here hold events (VEVENT) and tasks (VTODO), not \"" + component + "\".");
      }
      components.add(component);
    }
    return components;
  }

  /** The first refused property fails the creation (RFC 4791 5.3.1.2, RFC 5689 section 3). */
  private static void refuseFailed(CollectionPatchPlan plan) {
    if (!plan.failed()) {
      return;
    }
    Map.Entry<QName, Integer> first = plan.refused().entrySet().iterator().next();
    String property = first.getKey().toString();
    if (first.getValue() == FORBIDDEN) {
      throw DavException.forbidden(
          DavNames.CANNOT_MODIFY_PROTECTED_PROPERTY,
          "The property " + property + " is computed by the server and cannot be set.");
    }
    throw DavException.conflict(null, "The value given for " + property + " is not valid.");
  }
}
