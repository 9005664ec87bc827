package dev.partage.vcard;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One property of a card as addressbook-query filters and the search index see it.
 *
 * @param group the property group ("item1" in {@code item1.EMAIL}), or null
 * @param name upper case, without the group
 * @param parameters by upper-case name; a list such as {@code TYPE=work,voice} gives one value each
 * @param text the value a text-match reads: unescaped, structured values (N, ORG, ADR) with their
 *     non-empty components joined by spaces, a TEL URI as its number
 */
record CardProperty(String group, String name, Map<String, List<String>> parameters, String text) {

  CardProperty {
    parameters = Map.copyOf(parameters);
  }

  /**
   * Whether a prop-filter's name designates this property: a bare name matches in any group, as
   * Apple puts EMAIL and TEL in groups (item1.EMAIL) to label them; a grouped name matches only
   * that group.
   */
  boolean isNamed(String filterName) {
    int dot = filterName.lastIndexOf('.');
    if (dot < 0) {
      return name.equalsIgnoreCase(filterName);
    }
    return group != null
        && group.equalsIgnoreCase(filterName.substring(0, dot))
        && name.equalsIgnoreCase(filterName.substring(dot + 1));
  }

  /** The values of parameter {@code name}; empty when the property lacks it. */
  List<String> parameter(String parameterName) {
    return parameters.getOrDefault(parameterName.toUpperCase(Locale.ROOT), List.of());
  }

  boolean hasParameter(String parameterName) {
    return parameters.containsKey(parameterName.toUpperCase(Locale.ROOT));
  }
}
