package dev.partage.ical;

/**
 * A calendar object resource the server must refuse. {@link #condition()} is the local name of the
 * CALDAV precondition to report (RFC 4791 section 5.3.2.1), in the CALDAV namespace; the message is
 * a sentence the user can act on.
 */
public final class InvalidCalendarDataException extends RuntimeException {

  /** The body is not iCalendar, or holds broken values (RFC 4791 section 5.3.2.1). */
  public static final String VALID_CALENDAR_DATA = "valid-calendar-data";

  /** The iCalendar is well-formed but breaks the rules of section 4.1 of RFC 4791. */
  public static final String VALID_CALENDAR_OBJECT_RESOURCE = "valid-calendar-object-resource";

  /** The component type is not in the collection's supported-calendar-component-set. */
  public static final String SUPPORTED_CALENDAR_COMPONENT = "supported-calendar-component";

  private final String condition;

  public InvalidCalendarDataException(String condition, String message) {
    super(message);
    this.condition = condition;
  }

  public InvalidCalendarDataException(String condition, String message, Throwable cause) {
    super(message, cause);
    this.condition = condition;
  }

  public String condition() {
    return condition;
  }
}
