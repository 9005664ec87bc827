package dev.partage.dav.xml;

import javax.xml.namespace.QName;

/**
 * A request the server refuses, with the HTTP status, the DAV precondition or postcondition that
 * failed (RFC 4918 section 16; null when none applies) and a sentence the user can act on.
 */
public class DavException extends RuntimeException {

  private final int status;
  private final QName condition;
  private final String href;

  public DavException(int status, QName condition, String message) {
    this(status, condition, message, null);
  }

  /**
   * @param href a resource the condition refers to, such as the existing object in a CalDAV
   *     no-uid-conflict (RFC 4791 section 5.3.2.1)
   */
  public DavException(int status, QName condition, String message, String href) {
    super(message);
    this.status = status;
    this.condition = condition;
    this.href = href;
  }

  public static DavException badRequest(String message) {
    return new DavException(400, null, message);
  }

  public static DavException forbidden(QName condition, String message) {
    return new DavException(403, condition, message);
  }

  public static DavException conflict(QName condition, String message) {
    return new DavException(409, condition, message);
  }

  public static DavException notFound() {
    return new DavException(404, null, "No resource exists at this URL.");
  }

  public static DavException preconditionFailed(String message) {
    return new DavException(412, null, message);
  }

  public static DavException unsupportedMediaType(QName condition, String message) {
    return new DavException(415, condition, message);
  }

  public int status() {
    return status;
  }

  /** The failed precondition element, or null. */
  public QName condition() {
    return condition;
  }

  /** The resource named inside the condition element, or null. */
  public String href() {
    return href;
  }
}
