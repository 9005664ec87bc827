package dev.partage.dav.request;

import java.util.List;
import javax.xml.namespace.QName;

/** What a PROPFIND asks for (RFC 4918 section 9.1 and 14.20). */
public sealed interface PropfindRequest {

  /** Every live and dead property, plus the expensive ones named in DAV:include. */
  record AllProp(List<QName> include) implements PropfindRequest {
    public AllProp {
      include = List.copyOf(include);
    }
  }

  /** The names of the properties, without values. */
  record PropName() implements PropfindRequest {}

  /** The named properties. */
  record Props(List<QName> names) implements PropfindRequest {
    public Props {
      names = List.copyOf(names);
    }
  }
}
