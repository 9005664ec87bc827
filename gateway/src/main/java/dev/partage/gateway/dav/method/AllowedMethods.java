package dev.partage.gateway.dav.method;

import dev.partage.gateway.dav.routing.DavTarget;

/** The methods each kind of resource supports, for OPTIONS and 405 answers (RFC 9110 10.2.1). */
public final class AllowedMethods {

  private AllowedMethods() {}

  public static String of(DavTarget target) {
    return switch (target) {
      case DavTarget.Root root -> "OPTIONS, PROPFIND";
      case DavTarget.Principal principal -> "OPTIONS, PROPFIND";
      case DavTarget.CalendarHome home -> "OPTIONS, PROPFIND";
      case DavTarget.CalendarCollection collection ->
          "OPTIONS, PROPFIND, PROPPATCH, REPORT, DELETE, MKCALENDAR, MKCOL";
      case DavTarget.CalendarObject object ->
          "OPTIONS, GET, HEAD, PUT, DELETE, PROPFIND, COPY, MOVE";
      case DavTarget.Unknown unknown -> "OPTIONS";
    };
  }
}
