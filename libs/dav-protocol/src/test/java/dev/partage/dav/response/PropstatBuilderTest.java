package dev.partage.dav.response;

import static org.assertj.core.api.Assertions.assertThat;

import dev.partage.dav.xml.DavNames;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import javax.xml.namespace.QName;
import org.junit.jupiter.api.Test;

class PropstatBuilderTest {

  @Test
  void sortsRequestedPropertiesIntoFoundAndNotFoundInRequestOrder() {
    Map<QName, Supplier<PropValue>> available = new LinkedHashMap<>();
    available.put(DavNames.GETETAG, () -> PropValue.text("\"1\""));
    available.put(DavNames.DISPLAYNAME, () -> PropValue.text("Work"));

    List<Propstat> propstats =
        PropstatBuilder.build(
            List.of(DavNames.DISPLAYNAME, DavNames.GETCTAG, DavNames.GETETAG), available);

    assertThat(propstats).hasSize(2);
    assertThat(propstats.get(0).status()).isEqualTo(200);
    assertThat(propstats.get(0).properties().keySet())
        .containsExactly(DavNames.DISPLAYNAME, DavNames.GETETAG);
    assertThat(propstats.get(1))
        .isEqualTo(new Propstat(404, Map.of(DavNames.GETCTAG, PropValue.empty())));
  }

  @Test
  void callsOnlyTheSuppliersOfRequestedProperties() {
    AtomicInteger calls = new AtomicInteger();
    Map<QName, Supplier<PropValue>> available =
        Map.of(
            DavNames.GETETAG, () -> PropValue.text("\"1\""),
            DavNames.QUOTA_USED_BYTES,
                () -> PropValue.text(String.valueOf(calls.incrementAndGet())));

    PropstatBuilder.build(List.of(DavNames.GETETAG), available);

    assertThat(calls).hasValue(0);
  }

  @Test
  void treatsASupplierReturningNullAsNotFound() {
    Map<QName, Supplier<PropValue>> available = new LinkedHashMap<>();
    available.put(DavNames.CALENDAR_DESCRIPTION, () -> null);

    assertThat(PropstatBuilder.build(List.of(DavNames.CALENDAR_DESCRIPTION), available))
        .containsExactly(
            new Propstat(404, Map.of(DavNames.CALENDAR_DESCRIPTION, PropValue.empty())));
  }

  @Test
  void omitsEmptyPropstats() {
    assertThat(PropstatBuilder.build(List.of(), Map.of())).isEmpty();
    assertThat(
            PropstatBuilder.build(
                List.of(DavNames.GETETAG), Map.of(DavNames.GETETAG, () -> PropValue.text("x"))))
        .extracting(Propstat::status)
        .containsExactly(200);
  }

  @Test
  void answersPropnameWithEmptyElements() {
    assertThat(PropstatBuilder.propNames(List.of(DavNames.GETETAG, DavNames.DISPLAYNAME)))
        .containsExactly(
            new Propstat(
                200,
                Map.of(
                    DavNames.GETETAG, PropValue.empty(), DavNames.DISPLAYNAME, PropValue.empty())));
    assertThat(PropstatBuilder.propNames(List.of())).isEmpty();
  }
}
