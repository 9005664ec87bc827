package dev.partage.dav.response;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javax.xml.namespace.QName;

/**
 * Sorts requested properties into a 200 propstat (found) and a 404 propstat (not found), as RFC
 * 4918 section 9.1 asks of PROPFIND and RFC 4791 of the calendar reports.
 */
public final class PropstatBuilder {

  private PropstatBuilder() {}

  /**
   * @param requested the names the client asked for, in the order to answer them
   * @param available the properties this resource has; a supplier runs only when its property is
   *     requested, and a supplier returning null means the resource has no value for it (404)
   * @return the non-empty propstats, 200 first
   */
  public static List<Propstat> build(
      Collection<QName> requested, Map<QName, Supplier<PropValue>> available) {
    Map<QName, PropValue> found = new LinkedHashMap<>();
    Map<QName, PropValue> missing = new LinkedHashMap<>();
    for (QName name : requested) {
      Supplier<PropValue> supplier = available.get(name);
      PropValue value = supplier == null ? null : supplier.get();
      if (value == null) {
        missing.put(name, PropValue.empty());
      } else {
        found.put(name, value);
      }
    }
    List<Propstat> propstats = new ArrayList<>(2);
    if (!found.isEmpty()) {
      propstats.add(new Propstat(200, found));
    }
    if (!missing.isEmpty()) {
      propstats.add(new Propstat(404, missing));
    }
    return propstats;
  }

  /** The answer to PROPFIND propname: every name as an empty element, 200 (RFC 4918 9.1). */
  public static List<Propstat> propNames(Collection<QName> names) {
    Map<QName, PropValue> empty = new LinkedHashMap<>();
    for (QName name : names) {
      empty.put(name, PropValue.empty());
    }
    return empty.isEmpty() ? List.of() : List.of(new Propstat(200, empty));
  }
}
