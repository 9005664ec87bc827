package dev.partage.contracts.acl;

import dev.partage.contracts.error.ServiceException;
import dev.partage.dav.xml.Namespaces;

/**
 * Why acl-service refuses to grant a share, named as a condition in Partage's XML namespace. The
 * gateway passes it on as it is: as the precondition element of the DAV error a sharing POST
 * answers, and as the stable code of the management API's JSON error. No standard defines these
 * conditions (draft-pot-webdav-resource-sharing leaves refusals to the server), hence a namespace
 * of our own.
 */
public enum ShareRefusal {
  /** An address or a domain the platform does not host: it can be given nothing. */
  NOT_HOSTED("not-hosted"),
  /** The owner's and the grantee's domains' sharing policies keep them apart. */
  POLICY_REFUSED("policy-refused"),
  /** A hosted domain, but no such account, or no such group on the platform. */
  NO_SUCH_GRANTEE("no-such-grantee");

  /** Partage's own namespace, the one of the sentence in every DAV error body. */
  public static final String NAMESPACE = Namespaces.PARTAGE;

  private final String condition;

  ShareRefusal(String condition) {
    this.condition = condition;
  }

  /** The condition's local name, which is also the management API's error code. */
  public String condition() {
    return condition;
  }

  /** A 403 carrying this condition and {@code sentence}, which says what the person can do. */
  public ServiceException refuse(String sentence) {
    return new ServiceException(403, NAMESPACE, condition, sentence);
  }
}
