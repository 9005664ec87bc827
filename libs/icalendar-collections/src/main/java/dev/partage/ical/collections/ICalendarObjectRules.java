package dev.partage.ical.collections;

import dev.partage.contracts.collection.CollectionKind;
import dev.partage.contracts.error.ServiceException;
import dev.partage.ical.CalendarObject;
import dev.partage.ical.InstanceIndex;
import dev.partage.ical.InvalidCalendarDataException;
import dev.partage.ical.ObjectIndex;
import dev.partage.storage.config.StorageConfig;
import dev.partage.storage.service.IndexedObject;
import dev.partage.storage.service.Instances;
import dev.partage.storage.service.ObjectRules;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * iCalendar validation and indexing (RFC 4791 section 4.1) for the objects of calendar-service and
 * task-service, which differ only in the component sets their collections hold.
 */
@ApplicationScoped
public class ICalendarObjectRules implements ObjectRules {

  static final String CALDAV = "urn:ietf:params:xml:ns:caldav";
  private static final Set<String> TASKS_ONLY = Set.of("VTODO");

  /**
   * How far ahead a series is listed as instance rows (an endless one would never stop): clients
   * mostly ask for the weeks around today. Windows past it still get exact answers, from the matcher.
   */
  private static final Duration INSTANCE_HORIZON = Duration.ofDays(2 * 366);

  private final CollectionKind kind;

  ICalendarObjectRules(StorageConfig config) {
    this.kind = config.kind();
  }

  @Override
  public IndexedObject index(String body, Set<String> components) {
    try {
      CalendarObject object = CalendarObject.parse(body);
      object.requireComponentIn(components);
      ObjectIndex index = object.index();
      String contentType = "text/calendar; charset=utf-8; component=" + index.componentType().toLowerCase(Locale.ROOT);
      return new IndexedObject(index.uid(), index.componentType(), contentType, index.firstStart(), index.lastEnd(),
          instances(object.instances(Instant.now().plus(INSTANCE_HORIZON))), Map.of());
    } catch (InvalidCalendarDataException e) {
      throw new ServiceException(403, CALDAV, e.condition(), e.getMessage());
    }
  }

  private static Instances instances(InstanceIndex index) {
    List<Instances.Period> periods =
        index.periods().stream().map(p -> new Instances.Period(p.start(), p.end())).toList();
    return new Instances(index.exact(), periods, index.coveredUntil());
  }

  @Override
  public String preconditionNamespace() {
    return CALDAV;
  }

  /**
   * Task lists (VTODO alone) belong to task-service and everything else to calendar-service; a
   * collection created without a component set holds events, or tasks in task-service
   * (RFC 4791 section 5.2.3).
   */
  @Override
  public Set<String> componentsFor(Set<String> requested) {
    boolean taskList = TASKS_ONLY.equals(requested);
    if (kind == CollectionKind.TASKS) {
      if (!requested.isEmpty() && !taskList) {
        throw unsupported("A task list holds tasks (VTODO) alone; create calendars for other components.");
      }
      return TASKS_ONLY;
    }
    if (taskList) {
      throw unsupported("Task lists (VTODO alone) are kept by task-service, not by this calendar service.");
    }
    return requested.isEmpty() ? Set.of("VEVENT") : requested;
  }

  private static ServiceException unsupported(String message) {
    return new ServiceException(403, CALDAV, "supported-calendar-component", message);
  }
}
