package dev.partage.gateway.dav.property;

import dev.partage.dav.response.PropValue;
import dev.partage.dav.xml.DavNames;
import dev.partage.dav.xml.XmlElement;
import dev.partage.gateway.dav.access.Access;
import dev.partage.gateway.dav.access.DavPrivilege;
import dev.partage.gateway.dav.routing.HomeKind;
import java.util.ArrayList;
import java.util.List;
import javax.xml.namespace.QName;

/** Values of the structured properties several resource types share. */
public final class PropertyValues {

  private PropertyValues() {}

  /** DAV:resourcetype holding one empty element per type (RFC 4918 section 15.9). */
  public static PropValue resourceType(QName... types) {
    if (types.length == 0) {
      return PropValue.empty();
    }
    List<XmlElement> elements = new ArrayList<>();
    for (QName type : types) {
      elements.add(XmlElement.empty(type));
    }
    return new PropValue.Elements(elements);
  }

  /**
   * DAV:current-user-privilege-set (RFC 3744 section 5.4), written from the same {@link Access}
   * value that the handlers enforce, in a stable order; only the privileges that mean something in
   * a home of this kind (CalDAV's read-free-busy is not an address book's).
   */
  public static PropValue privilegeSet(Access access, HomeKind kind) {
    List<XmlElement> privileges = new ArrayList<>();
    for (DavPrivilege privilege : DavPrivilege.values()) {
      if (access.allows(privilege) && privilege.appliesTo(kind)) {
        privileges.add(XmlElement.of(DavNames.PRIVILEGE, XmlElement.empty(privilege.element())));
      }
    }
    return privileges.isEmpty() ? PropValue.empty() : new PropValue.Elements(privileges);
  }

  /** DAV:supported-report-set (RFC 3253 section 3.1.5). */
  public static PropValue supportedReports(List<QName> reports) {
    if (reports.isEmpty()) {
      return PropValue.empty();
    }
    List<XmlElement> entries = new ArrayList<>();
    for (QName report : reports) {
      entries.add(
          XmlElement.of(
              DavNames.SUPPORTED_REPORT, XmlElement.of(DavNames.REPORT, XmlElement.empty(report))));
    }
    return new PropValue.Elements(entries);
  }
}
