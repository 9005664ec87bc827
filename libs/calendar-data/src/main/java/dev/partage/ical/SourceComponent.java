package dev.partage.ical;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;

/**
 * A component as the client wrote it: its content lines, unfolded but otherwise untouched, and its
 * nested components. Output built from an object (expand, limit-recurrence-set) copies these lines
 * rather than ical4j's rendering, which drops the quotes a parameter value with a colon needs
 * (LINK;LINKREL="https://..." of RFC 9253 comes back unparseable) and merges list parameters
 * (FEATURE=PHONE,MODERATOR of RFC 7986 becomes one quoted value).
 *
 * @param name the component name, upper case
 * @param properties the content lines of its own properties, in order
 * @param components its nested components, in order: the same order ical4j keeps
 */
record SourceComponent(String name, List<String> properties, List<SourceComponent> components) {

  /** The VCALENDAR of {@code text}, which {@link IcalendarReader} has already read successfully. */
  static SourceComponent read(String text) {
    Deque<SourceComponent> open = new ArrayDeque<>();
    SourceComponent root = null;
    for (String line : IcalendarReader.unfold(text)) {
      String name = nameOf(line);
      if (name.equals("BEGIN")) {
        SourceComponent component =
            new SourceComponent(valueOf(line), new ArrayList<>(), new ArrayList<>());
        if (open.isEmpty()) {
          // ical4j reads the first VCALENDAR of a body; so does this.
          root = root == null ? component : root;
        } else {
          open.peek().components().add(component);
        }
        open.push(component);
      } else if (name.equals("END")) {
        open.pop();
      } else if (!open.isEmpty()) {
        open.peek().properties().add(line);
      }
    }
    return root;
  }

  /** The property name of a content line (RFC 5545 section 3.1), upper case. */
  static String nameOf(String line) {
    int end = 0;
    while (end < line.length() && line.charAt(end) != ';' && line.charAt(end) != ':') {
      end++;
    }
    return line.substring(0, end).strip().toUpperCase(Locale.ROOT);
  }

  /** Writes the component with everything in it, as written. */
  void writeTo(ContentLines out) {
    out.line("BEGIN:" + name);
    properties.forEach(out::line);
    components.forEach(component -> component.writeTo(out));
    out.line("END:" + name);
  }

  private static String valueOf(String line) {
    return line.substring(line.indexOf(':') + 1).strip().toUpperCase(Locale.ROOT);
  }
}
