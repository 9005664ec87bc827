package dev.partage.dav.response;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.xml.namespace.QName;

/** One DAV:propstat: properties sharing one status (RFC 4918 section 14.22), in output order. */
public record Propstat(int status, Map<QName, PropValue> properties) {

  public Propstat {
    properties = Collections.unmodifiableMap(new LinkedHashMap<>(properties));
  }
}
