package dev.partage.ical;

import java.time.temporal.Temporal;
import java.time.temporal.TemporalAmount;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Period;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.property.Categories;
import net.fortuna.ical4j.model.property.DateListProperty;
import net.fortuna.ical4j.model.property.DateProperty;
import net.fortuna.ical4j.model.property.Duration;
import net.fortuna.ical4j.model.property.RDate;
import net.fortuna.ical4j.model.property.Resources;

/** Typed reads of the ical4j properties this library needs, in one place. */
final class Props {

  static final String DTSTART = "DTSTART";
  static final String DTEND = "DTEND";
  static final String DUE = "DUE";
  static final String DURATION = "DURATION";
  static final String COMPLETED = "COMPLETED";
  static final String CREATED = "CREATED";
  static final String RECURRENCE_ID = "RECURRENCE-ID";
  static final String RRULE = "RRULE";
  static final String RDATE = "RDATE";
  static final String EXDATE = "EXDATE";
  static final String UID = "UID";

  private Props() {}

  static Optional<Temporal> date(Component component, String name) {
    return component.getProperty(name).map(Props::dateValue);
  }

  static Temporal dateValue(Property property) {
    return ((DateProperty<?>) property).getDate();
  }

  /** The dates of an EXDATE or RDATE; for an RDATE of periods, the period starts. */
  static List<? extends Temporal> dateListValue(Property property) {
    if (property instanceof RDate<?> rdate && rdate.getPeriods().isPresent()) {
      return rdate.getPeriods().get().stream().map(Period::getStart).toList();
    }
    return ((DateListProperty<?>) property).getDates();
  }

  static Optional<TemporalAmount> duration(Component component) {
    return component.getProperty(DURATION).map(p -> ((Duration) p).getDuration());
  }

  static Optional<String> text(Component component, String name) {
    return component.getProperty(name).map(Property::getValue);
  }

  /**
   * The values of a text property: one, or each of a list property such as CATEGORIES and
   * RESOURCES (RFC 5545 sections 3.8.1.2, 3.8.1.10), unescaped.
   */
  static List<String> textValues(Property property) {
    return switch (property) {
      case Categories categories -> List.copyOf(categories.getCategories().getTexts());
      case Resources resources -> List.copyOf(resources.getResources().getTexts());
      default -> Collections.singletonList(property.getValue());
    };
  }

  static boolean has(Component component, String name) {
    return component.getProperty(name).isPresent();
  }
}
