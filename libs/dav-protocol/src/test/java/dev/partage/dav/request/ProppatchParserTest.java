package dev.partage.dav.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import dev.partage.dav.Fixtures;
import dev.partage.dav.request.PropertyUpdate.Operation;
import dev.partage.dav.xml.DavException;
import dev.partage.dav.xml.DavNames;
import dev.partage.dav.xml.SafeXmlReader;
import dev.partage.dav.xml.XmlElement;
import javax.xml.namespace.QName;
import org.junit.jupiter.api.Test;

class ProppatchParserTest {

  private static final String Z = "http://ns.example.com/standards/z39.50/";

  @Test
  void keepsTheDocumentOrderOfSetsAndRemoves() {
    ProppatchRequest request =
        ProppatchParser.parse(Fixtures.xml("requests/proppatch-rfc4918.xml"));

    assertThat(request.updates())
        .extracting(PropertyUpdate::op, PropertyUpdate::name)
        .containsExactly(
            tuple(Operation.SET, new QName(Z, "Authors")),
            tuple(Operation.REMOVE, new QName(Z, "Copyright-Owner")),
            tuple(Operation.SET, DavNames.DISPLAYNAME));
    assertThat(request.updates().get(2).value().text()).isEqualTo("Travaux & congés");
  }

  @Test
  void keepsTheWholePropertyElementForVerbatimStorage() {
    ProppatchRequest request =
        ProppatchParser.parse(Fixtures.xml("requests/proppatch-apple-calendar-color.xml"));

    XmlElement value = request.updates().get(0).value();
    assertThat(value.name()).isEqualTo(DavNames.CALENDAR_COLOR);
    assertThat(value.attribute("symbolic-color")).isEqualTo("custom");
    assertThat(value.text()).isEqualTo("#FF2968FF");
  }

  @Test
  void refusesASetWithoutProp() {
    DavException refused =
        catchThrowableOfType(
            DavException.class,
            () ->
                ProppatchParser.parse(
                    SafeXmlReader.parse(
                        "<D:propertyupdate xmlns:D='DAV:'><D:set/></D:propertyupdate>")));

    assertThat(refused.status()).isEqualTo(400);
  }

  @Test
  void refusesAnUpdateThatChangesNothing() {
    DavException refused =
        catchThrowableOfType(
            DavException.class,
            () -> ProppatchParser.parse(SafeXmlReader.parse("<propertyupdate xmlns='DAV:'/>")));

    assertThat(refused.status()).isEqualTo(400);
  }

  @Test
  void refusesAMissingBody() {
    assertThat(catchThrowableOfType(DavException.class, () -> ProppatchParser.parse(null)).status())
        .isEqualTo(400);
  }
}
