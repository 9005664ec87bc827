package dev.partage.ical;

import java.util.List;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.ComponentContainer;

/** The components nested in a component (VALARM in VEVENT, STANDARD in VTIMEZONE...). */
final class Subcomponents {

  private Subcomponents() {}

  static List<? extends Component> of(Component component) {
    if (component instanceof ComponentContainer<?> container) {
      return container.getComponentList().getAll();
    }
    return List.of();
  }
}
