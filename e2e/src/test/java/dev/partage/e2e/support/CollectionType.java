package dev.partage.e2e.support;

import java.util.function.BinaryOperator;
import java.util.function.UnaryOperator;

/**
 * The three kinds of shareable collection (ARCHITECTURE.md, What the system is for), each with the
 * DAV request that creates it, the home it lives in, its name in the management API and one object
 * of the kind it holds, so that one scenario runs over all three.
 */
public enum CollectionType {

  /** Events (VEVENT), created by MKCALENDAR (RFC 4791 section 5.3.1). */
  CALENDAR("calendar", ".ics", Dav.ICALENDAR, CollectionType::mkcalendar, CollectionType::event),

  /** A task list: a calendar for VTODO alone (RFC 4791 section 5.2.3), kept by task-service. */
  TASK_LIST("tasks", ".ics", Dav.ICALENDAR, Tasks::mkcalendar, Ics::todo),

  /** An address book, created by an extended MKCOL (RFC 5689 section 3, RFC 6352 section 6.3.1). */
  ADDRESS_BOOK("addressbook", ".vcf", Dav.VCARD, Cards::mkcol, Cards::v3);

  private final String apiKind;
  private final String extension;
  private final String contentType;
  /** The body of the request that creates the collection, from the properties of its DAV:prop. */
  private final UnaryOperator<String> creationBody;
  /** An object of the kind the collection holds, from its uid and summary (or formatted name). */
  private final BinaryOperator<String> object;

  CollectionType(String apiKind, String extension, String contentType,
      UnaryOperator<String> creationBody, BinaryOperator<String> object) {
    this.apiKind = apiKind;
    this.extension = extension;
    this.contentType = contentType;
    this.creationBody = creationBody;
    this.object = object;
  }

  /** The {kind} of the management API's paths and bodies. */
  public String apiKind() {
    return apiKind;
  }

  public String contentType() {
    return contentType;
  }

  /** The one home of {@code user} that holds collections of this type. */
  public String home(Dav user) {
    return this == ADDRESS_BOOK ? user.addressBookHome() : user.home();
  }

  /**
   * Creates a collection of this type in the owner's home with its name, colour and description,
   * as a DAV client does; its path ends in '/'.
   */
  public String create(Dav owner, String purpose, String displayName, String colour, String description) {
    String properties =
        """
        <d:displayname>%s</d:displayname>
        <i:calendar-color xmlns:i="http://apple.com/ns/ical/">%s</i:calendar-color>
        %s"""
            .formatted(displayName, colour, descriptionProperty(description));
    String body = creationBody.apply(properties);
    return this == ADDRESS_BOOK
        ? owner.newAddressBook(purpose, body)
        : owner.newCalendar(purpose, body);
  }

  /** The resource name of an object with this uid, such as "uid.ics". */
  public String resourceName(String uid) {
    return uid + extension;
  }

  /**
   * PUTs a new object (If-None-Match: *) with this uid and summary into {@code collection} as
   * {@code writer}; fails unless it is created; returns its ETag.
   */
  public String write(Dav writer, String collection, String uid, String summary) {
    String path = collection + resourceName(uid);
    return this == ADDRESS_BOOK
        ? writer.createCard(path, object(uid, summary))
        : writer.create(path, object(uid, summary));
  }

  /** An object of the kind this collection holds, with this uid and summary (or formatted name). */
  public String object(String uid, String summary) {
    return object.apply(uid, summary);
  }

  private static String mkcalendar(String properties) {
    return """
        <c:mkcalendar xmlns:d="DAV:" xmlns:c="urn:ietf:params:xml:ns:caldav"
                      xmlns:i="http://apple.com/ns/ical/">
          <d:set><d:prop>%s</d:prop></d:set>
        </c:mkcalendar>"""
        .formatted(properties);
  }

  private static String event(String uid, String summary) {
    return Ics.singleEvent(uid, "20261201T090000Z", "20261201T100000Z", summary);
  }

  /** RFC 4791 section 5.2.1 and RFC 6352 section 6.2.1 name the description each in their space. */
  private String descriptionProperty(String description) {
    return this == ADDRESS_BOOK
        ? "<card:addressbook-description>%s</card:addressbook-description>".formatted(description)
        : "<c:calendar-description>%s</c:calendar-description>".formatted(description);
  }
}
