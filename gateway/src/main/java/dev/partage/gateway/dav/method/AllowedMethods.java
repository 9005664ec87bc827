package dev.partage.gateway.dav.method;

import dev.partage.gateway.dav.routing.DavTarget;
import dev.partage.gateway.dav.routing.HomeKind;

/** The methods each kind of resource supports, for OPTIONS and 405 answers (RFC 9110 10.2.1). */
public final class AllowedMethods {

  private AllowedMethods() {}

  public static String of(DavTarget target) {
    return switch (target) {
      case DavTarget.Root root -> "OPTIONS, PROPFIND";
      case DavTarget.Principal principal -> "OPTIONS, PROPFIND";
      case DavTarget.Home home -> "OPTIONS, PROPFIND";
      // MKCALENDAR only where calendars live; address books are made with MKCOL (RFC 6352 6.3.1).
      case DavTarget.Collection collection ->
          collection.kind() == HomeKind.CALENDARS
              ? "OPTIONS, PROPFIND, PROPPATCH, REPORT, DELETE, POST, MKCALENDAR, MKCOL"
              : "OPTIONS, PROPFIND, PROPPATCH, REPORT, DELETE, POST, MKCOL";
      case DavTarget.Member member -> "OPTIONS, GET, HEAD, PUT, DELETE, PROPFIND, COPY, MOVE";
      case DavTarget.Unknown unknown -> "OPTIONS";
    };
  }
}
