package dev.partage.gateway.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.partage.contracts.collection.CollectionKind;
import dev.partage.gateway.dav.routing.HomeKind;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The kinds of collection the API manages, as the webmail names them in bodies and URLs. */
@Schema(name = "Kind", description = "calendar: events (VEVENT); tasks: a task list (VTODO); addressbook: vCards.")
public enum ApiKind {
  @JsonProperty("calendar")
  CALENDAR("calendar", CollectionKind.CALENDAR, Set.of("VEVENT")),
  /** RFC 4791 section 5.2.3: a calendar for VTODO alone, which task-service keeps. */
  @JsonProperty("tasks")
  TASKS("tasks", CollectionKind.TASKS, Set.of("VTODO")),
  @JsonProperty("addressbook")
  ADDRESSBOOK("addressbook", CollectionKind.ADDRESSBOOK, Set.of());

  private final String segment;
  private final CollectionKind collectionKind;
  private final Set<String> components;

  ApiKind(String segment, CollectionKind collectionKind, Set<String> components) {
    this.segment = segment;
    this.collectionKind = collectionKind;
    this.components = components;
  }

  /** The kind a URL segment names; anything else is refused with the list of kinds. */
  public static ApiKind bySegment(String segment) {
    return Arrays.stream(values())
        .filter(kind -> kind.segment.equals(segment))
        .findFirst()
        .orElseThrow(() -> ApiException.invalid("'" + segment + "' is not a kind of collection; use "
            + Arrays.stream(values()).map(ApiKind::segment).collect(Collectors.joining(", ")) + "."));
  }

  public static ApiKind of(CollectionKind kind) {
    return switch (kind) {
      case CALENDAR -> CALENDAR;
      case TASKS -> TASKS;
      case ADDRESSBOOK -> ADDRESSBOOK;
    };
  }

  public String segment() {
    return segment;
  }

  public CollectionKind collectionKind() {
    return collectionKind;
  }

  /** The iCalendar components a new collection of this kind accepts (none for address books). */
  public Set<String> components() {
    return components;
  }

  public HomeKind home() {
    return HomeKind.of(collectionKind);
  }

  /** Whether DAV clients subscribe to it as a calendar (RFC 4791), which task lists are too. */
  public boolean calendarLike() {
    return home() == HomeKind.CALENDARS;
  }
}
