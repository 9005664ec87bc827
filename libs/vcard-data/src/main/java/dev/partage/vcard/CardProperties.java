package dev.partage.vcard;

import ezvcard.VCard;
import ezvcard.io.scribe.VCardPropertyScribe;
import ezvcard.io.text.WriteContext;
import ezvcard.property.Address;
import ezvcard.property.Organization;
import ezvcard.property.RawProperty;
import ezvcard.property.StructuredName;
import ezvcard.property.Telephone;
import ezvcard.property.TextListProperty;
import ezvcard.property.TextProperty;
import ezvcard.property.VCardProperty;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/** Turns ez-vcard's typed properties into the {@link CardProperty} view filters and search use. */
final class CardProperties {

  private static final String TYPE = "TYPE";

  private CardProperties() {}

  static List<CardProperty> of(VCard card) {
    return card.getProperties().stream().map(property -> toCardProperty(property, card)).toList();
  }

  private static CardProperty toCardProperty(VCardProperty property, VCard card) {
    return new CardProperty(
        property.getGroup(),
        PropertyNames.of(property),
        parameters(property),
        text(property, card));
  }

  /**
   * ez-vcard splits unquoted lists (TYPE=work,voice) and merges repeated parameters
   * (TYPE=work;TYPE=voice). TYPE is a list even when quoted, as RFC 6350 section 5.6 allows
   * (TYPE="work,voice"), so it is split here too; other quoted values, such as an ADR's LABEL, keep
   * their commas.
   */
  private static Map<String, List<String>> parameters(VCardProperty property) {
    Map<String, List<String>> parameters = new LinkedHashMap<>();
    for (Map.Entry<String, List<String>> parameter : property.getParameters()) {
      String name = parameter.getKey().toUpperCase(Locale.ROOT);
      boolean isType = name.equals(TYPE);
      List<String> values =
          parameter.getValue().stream()
              .flatMap(
                  value ->
                      isType ? Arrays.stream(value.split(",")).map(String::trim) : Stream.of(value))
              .toList();
      parameters.computeIfAbsent(name, k -> new ArrayList<>()).addAll(values);
    }
    return parameters;
  }

  private static String text(VCardProperty property, VCard card) {
    String text =
        switch (property) {
          case StructuredName n ->
              joined(
                  Stream.of(
                      Stream.of(n.getFamily(), n.getGiven()),
                      n.getAdditionalNames().stream(),
                      n.getPrefixes().stream(),
                      n.getSuffixes().stream()));
          case Address a ->
              joined(
                  Stream.of(
                      a.getPoBoxes().stream(),
                      a.getExtendedAddresses().stream(),
                      a.getStreetAddresses().stream(),
                      a.getLocalities().stream(),
                      a.getRegions().stream(),
                      a.getPostalCodes().stream(),
                      a.getCountries().stream()));
          // ORG components, like N's, read as one phrase; NICKNAME and CATEGORIES keep their
          // commas.
          case Organization o -> joined(Stream.of(o.getValues().stream()));
          case TextListProperty list -> String.join(",", list.getValues());
          case Telephone tel -> tel.getText() != null ? tel.getText() : telUriNumber(tel);
          case RawProperty raw -> raw.getValue();
          case TextProperty textProperty -> textProperty.getValue();
          default -> written(property, card);
        };
    return text == null ? "" : text;
  }

  private static String joined(Stream<Stream<String>> components) {
    return String.join(
        " ",
        components
            .flatMap(s -> s)
            .filter(Objects::nonNull)
            .filter(component -> !component.isBlank())
            .toList());
  }

  /** vCard 4.0 writes TEL as a URI (tel:+1-555-0100); searches for "+1 555" expect the number. */
  private static String telUriNumber(Telephone tel) {
    return tel.getUri() == null ? null : tel.getUri().getNumber();
  }

  /**
   * Dates, GEO, binary data and the like: the value as it is written, which is what it reads as.
   */
  @SuppressWarnings("unchecked")
  private static String written(VCardProperty property, VCard card) {
    VCardPropertyScribe<VCardProperty> scribe =
        (VCardPropertyScribe<VCardProperty>) PropertyNames.scribes().getPropertyScribe(property);
    return scribe.writeText(property, new WriteContext(card.getVersion(), null, false));
  }
}
