package dev.partage.dav.request;

import dev.partage.dav.request.PropertyUpdate.Operation;
import dev.partage.dav.xml.DavException;
import dev.partage.dav.xml.DavNames;
import dev.partage.dav.xml.XmlElement;
import java.util.ArrayList;
import java.util.List;

/** Reads a PROPPATCH body (RFC 4918 section 14.19). */
public final class ProppatchParser {

  private ProppatchParser() {}

  public static ProppatchRequest parse(XmlElement body) {
    if (body == null) {
      throw DavException.badRequest("PROPPATCH needs a DAV:propertyupdate body.");
    }
    RequestBodies.requireRoot(body, DavNames.PROPERTYUPDATE, "PROPPATCH");
    List<PropertyUpdate> updates = new ArrayList<>();
    for (XmlElement instruction : body.children()) {
      Operation op = operation(instruction);
      // RFC 4918 section 17: unknown elements are ignored.
      if (op != null) {
        addProperties(instruction, op, updates);
      }
    }
    if (updates.isEmpty()) {
      throw DavException.badRequest("The DAV:propertyupdate body names no property to change.");
    }
    return new ProppatchRequest(updates);
  }

  private static Operation operation(XmlElement instruction) {
    if (instruction.name().equals(DavNames.SET)) {
      return Operation.SET;
    }
    if (instruction.name().equals(DavNames.REMOVE)) {
      return Operation.REMOVE;
    }
    return null;
  }

  private static void addProperties(
      XmlElement instruction, Operation op, List<PropertyUpdate> updates) {
    XmlElement prop = instruction.child(DavNames.PROP);
    if (prop == null) {
      throw DavException.badRequest(
          "Each DAV:set and DAV:remove in a PROPPATCH must hold a DAV:prop element.");
    }
    for (XmlElement property : prop.children()) {
      updates.add(new PropertyUpdate(op, property.name(), property));
    }
  }
}
