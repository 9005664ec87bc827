package dev.partage.gateway.dav.access;

import dev.partage.contracts.error.ServiceException;
import dev.partage.dav.xml.DavException;
import dev.partage.dav.xml.DavNames;
import dev.partage.gateway.dav.routing.HomeKind;

/**
 * The conditional headers of a write of one member (PUT, or the destination of COPY and MOVE), so
 * that it creates only with DAV:bind on the collection and replaces only with DAV:write-content
 * (RFC 3744 section 7.1 and Appendix B). Whether the member exists is not read first: the
 * collection service checks If-Match and If-None-Match in the same transaction as the write, so a
 * sharee who may do only one of the two gets the condition that lets only that one through
 * (If-None-Match: * to create, If-Match: * to replace), and its failure is answered as the missing
 * privilege.
 *
 * @param ifMatch the If-Match to send to the service, null for none
 * @param ifNoneMatch the If-None-Match to send to the service, null for none
 * @param added the condition Partage added, whose failure is a 403, not the client's 412
 * @param kind the home the member lies in, which names it in the refusals
 */
public record WritePreconditions(String ifMatch, String ifNoneMatch, Added added, HomeKind kind) {

  private static final String ANY = "*";
  private static final int PRECONDITION_FAILED = 412;

  /** The condition added for a sharee with only one of DAV:bind and DAV:write-content. */
  public enum Added {
    NONE,
    MUST_BE_NEW,
    MUST_EXIST
  }

  /**
   * @param clientIfMatch the client's If-Match, null when absent
   * @param clientIfNoneMatch the client's If-None-Match, null when absent (COPY and MOVE pass "*"
   *     for Overwrite: F, which means the same, RFC 4918 section 10.6)
   * @throws DavException 403 DAV:need-privileges when the write cannot be allowed whatever exists
   */
  public static WritePreconditions of(
      Access access, HomeKind kind, String clientIfMatch, String clientIfNoneMatch) {
    boolean bind = access.allows(DavPrivilege.BIND);
    boolean writeContent = access.allows(DavPrivilege.WRITE_CONTENT);
    if (bind && writeContent) {
      return new WritePreconditions(clientIfMatch, clientIfNoneMatch, Added.NONE, kind);
    }
    if (bind) {
      // RFC 9110 section 13.1.1: an If-Match can only be met by an existing member.
      if (clientIfMatch != null) {
        throw onlyNew(kind);
      }
      return new WritePreconditions(
          null, ANY, ANY.equals(strip(clientIfNoneMatch)) ? Added.NONE : Added.MUST_BE_NEW, kind);
    }
    if (writeContent) {
      if (ANY.equals(strip(clientIfNoneMatch))) {
        throw onlyExisting(kind);
      }
      return clientIfMatch != null
          ? new WritePreconditions(clientIfMatch, clientIfNoneMatch, Added.NONE, kind)
          : new WritePreconditions(ANY, clientIfNoneMatch, Added.MUST_EXIST, kind);
    }
    throw needPrivileges("You may neither add nor change %ss in this %s.", kind);
  }

  /** True when Partage added a condition the client did not send. */
  public boolean addsCondition() {
    return added != Added.NONE;
  }

  /** True when the service must refuse to replace an existing member. */
  public boolean mustBeNew() {
    return ifNoneMatch != null && ANY.equals(ifNoneMatch.strip());
  }

  /**
   * What the client is told when the service refused the write: the privilege it lacks when the
   * condition Partage added failed, else the service's own refusal.
   */
  public RuntimeException explain(ServiceException refused) {
    if (refused.status() != PRECONDITION_FAILED) {
      return refused;
    }
    return switch (added) {
      case NONE -> refused;
      case MUST_BE_NEW -> onlyNew(kind);
      case MUST_EXIST -> onlyExisting(kind);
    };
  }

  private static DavException onlyNew(HomeKind kind) {
    return needPrivileges("You may add new %ss to this %s but not change existing ones.", kind);
  }

  private static DavException onlyExisting(HomeKind kind) {
    return needPrivileges("You may change the existing %ss of this %s but not add new ones.", kind);
  }

  /**
   * RFC 3744 section 7.1.1: 403 DAV:need-privileges, with a sentence naming the member and the
   * collection ({@code sentence}'s two %s, in that order).
   */
  private static DavException needPrivileges(String sentence, HomeKind kind) {
    return DavException.forbidden(
        DavNames.NEED_PRIVILEGES, sentence.formatted(kind.memberNoun(), kind.collectionNoun()));
  }

  private static String strip(String header) {
    return header == null ? null : header.strip();
  }
}
