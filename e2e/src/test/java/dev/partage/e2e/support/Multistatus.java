package dev.partage.e2e.support;

import static dev.partage.e2e.support.Xml.DAV;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.w3c.dom.Element;

/**
 * A parsed 207 Multi-Status body (RFC 4918 section 13): one {@link Entry} per DAV:response, keyed
 * by its decoded href, so tests assert per resource and per property.
 */
public record Multistatus(Map<String, Entry> entries, Optional<String> syncToken) {

  /**
   * One DAV:response: either a status for the whole href, or properties grouped by status.
   *
   * @param conditions the preconditions of the response's own DAV:error, in Clark notation, such
   *     as the DAV:number-of-matches-within-limits of a truncated result (RFC 6352 section 8.6.1)
   */
  public record Entry(
      String href,
      Optional<Integer> status,
      Map<String, PropertyResult> properties,
      List<String> conditions) {

    /** The property named in Clark notation, which must be in the answer. */
    public PropertyResult property(String namespace, String localName) {
      PropertyResult found = properties.get(Xml.name(namespace, localName));
      if (found == null) {
        throw new AssertionError(
            "No propstat for " + Xml.name(namespace, localName) + " on " + href + "; got "
                + properties.keySet());
      }
      return found;
    }

    /** The value element of a property answered 200. */
    public Element ok(String namespace, String localName) {
      PropertyResult result = property(namespace, localName);
      if (result.status() != 200) {
        throw new AssertionError(
            Xml.name(namespace, localName) + " on " + href + " answered " + result.status());
      }
      return result.value();
    }

    public String okText(String namespace, String localName) {
      return Xml.text(ok(namespace, localName));
    }
  }

  /** A property element with the status of the propstat that holds it. */
  public record PropertyResult(Element value, int status) {}

  public static Multistatus parse(String body) {
    Element root = Xml.parse(body);
    if (!Xml.is(root, DAV, "multistatus")) {
      throw new AssertionError("Expected DAV:multistatus, got " + Xml.name(root) + "\n" + body);
    }
    Map<String, Entry> entries = new LinkedHashMap<>();
    for (Element response : Xml.children(root, DAV, "response")) {
      Entry entry = entry(response);
      entries.put(entry.href(), entry);
    }
    return new Multistatus(entries, Xml.child(root, DAV, "sync-token").map(Xml::text));
  }

  /** The entry for a decoded href (a path such as /dav/calendars/a@b/c/). */
  public Entry entry(String href) {
    Entry entry = entries.get(href);
    if (entry == null) {
      throw new AssertionError("No response for " + href + "; got " + entries.keySet());
    }
    return entry;
  }

  public List<String> hrefs() {
    return List.copyOf(entries.keySet());
  }

  private static Entry entry(Element response) {
    String href = Xml.href(Xml.only(response, DAV, "href"));
    Optional<Integer> status = Xml.child(response, DAV, "status").map(Multistatus::statusCode);
    Map<String, PropertyResult> properties = new LinkedHashMap<>();
    for (Element propstat : Xml.children(response, DAV, "propstat")) {
      int code = statusCode(Xml.only(propstat, DAV, "status"));
      for (Element property : Xml.children(Xml.only(propstat, DAV, "prop"))) {
        properties.put(Xml.name(property), new PropertyResult(property, code));
      }
    }
    List<String> conditions =
        Xml.child(response, DAV, "error").stream()
            .flatMap(error -> Xml.children(error).stream())
            .map(Xml::name)
            .toList();
    return new Entry(href, status, properties, conditions);
  }

  /** The code of an "HTTP/1.1 404 Not Found" status line. */
  private static int statusCode(Element status) {
    String[] parts = Xml.text(status).split(" ");
    return Integer.parseInt(parts[1]);
  }
}
