package dev.partage.gateway.dav.error;

import dev.partage.dav.xml.DavException;
import javax.xml.namespace.QName;

/** A 405: the resource exists but does not support the method; says which ones it does. */
public class MethodNotAllowed extends DavException {

  private final String allow;

  /**
   * @param allow the methods the resource supports, as the Allow header lists them
   * @param message why this method does not apply, in a sentence a person can act on
   */
  public MethodNotAllowed(String allow, String message) {
    this(allow, null, message);
  }

  /** The same with the precondition that failed, such as DAV:resource-must-be-null. */
  public MethodNotAllowed(String allow, QName condition, String message) {
    super(405, condition, message);
    this.allow = allow;
  }

  public String allow() {
    return allow;
  }
}
