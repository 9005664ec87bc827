package dev.partage.gateway.dav.property;

import dev.partage.dav.request.PropfindRequest;
import dev.partage.dav.response.PropValue;
import dev.partage.dav.response.Propstat;
import dev.partage.dav.response.PropstatBuilder;
import dev.partage.dav.xml.DavNames;
import dev.partage.gateway.dav.routing.DavUrls;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import javax.xml.namespace.QName;

/**
 * The properties one resource can show, name to value supplier, with its href. Values are computed
 * only when a request names them; {@link PropstatBuilder} sorts them into 200 and 404 propstats.
 */
public final class PropertyMap {

  /**
   * The live properties RFC 4918 section 15 defines (without the lock ones, since Partage has no
   * LOCK): allprop returns these and the dead properties, never the costly CalDAV ones (RFC 4791
   * section 14 keeps calendar properties out of allprop).
   */
  private static final Set<QName> ALLPROP_LIVE =
      Set.of(
          DavNames.CREATIONDATE,
          DavNames.DISPLAYNAME,
          DavNames.GETCONTENTLENGTH,
          DavNames.GETCONTENTTYPE,
          DavNames.GETETAG,
          DavNames.GETLASTMODIFIED,
          DavNames.RESOURCETYPE);

  private final String href;
  private final Map<QName, Supplier<PropValue>> values = new LinkedHashMap<>();
  private final Set<QName> deadNames = new LinkedHashSet<>();

  public PropertyMap(String href) {
    this.href = href;
  }

  public String href() {
    return href;
  }

  /** Adds a live property. */
  public PropertyMap put(QName name, Supplier<PropValue> value) {
    values.put(name, value);
    return this;
  }

  /** Adds a live text property when {@code text} is set; an unset one answers 404 when asked. */
  public PropertyMap putText(QName name, String text) {
    if (text != null) {
      values.put(name, () -> PropValue.text(text));
    }
    return this;
  }

  /**
   * Adds DAV:owner (RFC 3744 section 5.1) and DAV:current-user-principal (RFC 5397 section 3),
   * which every resource in a home answers.
   *
   * @param owner the user whose home the resource lies in
   * @param user the authenticated user
   */
  public PropertyMap putPrincipals(String owner, String user) {
    return put(DavNames.OWNER, () -> PropValue.href(DavUrls.principal(owner)))
        .put(DavNames.CURRENT_USER_PRINCIPAL, () -> PropValue.href(DavUrls.principal(user)));
  }

  /**
   * Adds the dead properties stored with a resource, keyed by Clark name, each value the whole
   * property element as XML. A live property of the same name wins: the server owns those.
   */
  public PropertyMap putDead(Map<String, String> deadProperties) {
    if (deadProperties == null) {
      return this;
    }
    deadProperties.forEach(
        (clarkName, xml) -> {
          QName name = QName.valueOf(clarkName);
          if (values.putIfAbsent(name, () -> new PropValue.RawXml(xml)) == null) {
            deadNames.add(name);
          }
        });
    return this;
  }

  /** The names this resource has, for PROPFIND propname. */
  public Set<QName> names() {
    return Collections.unmodifiableSet(values.keySet());
  }

  /** The propstats answering {@code request} for this resource (RFC 4918 section 9.1). */
  public List<Propstat> propstats(PropfindRequest request) {
    return switch (request) {
      case PropfindRequest.Props props -> PropstatBuilder.build(props.names(), values);
      case PropfindRequest.PropName propName -> PropstatBuilder.propNames(values.keySet());
      case PropfindRequest.AllProp allProp ->
          PropstatBuilder.build(allpropNames(allProp.include()), values);
    };
  }

  /** The propstats for an explicit list of names, as REPORTs ask (RFC 4791 section 7.8). */
  public List<Propstat> propstats(Collection<QName> names) {
    return PropstatBuilder.build(names, values);
  }

  private List<QName> allpropNames(List<QName> include) {
    Set<QName> names = new LinkedHashSet<>();
    for (QName name : values.keySet()) {
      if (ALLPROP_LIVE.contains(name) || deadNames.contains(name)) {
        names.add(name);
      }
    }
    names.addAll(include);
    return new ArrayList<>(names);
  }
}
