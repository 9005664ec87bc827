package dev.partage.gateway.dav.proppatch;

import static dev.partage.gateway.dav.XmlAssertions.assertSameXmlAs;
import static org.assertj.core.api.Assertions.assertThat;

import dev.partage.contracts.collection.CollectionPatch;
import dev.partage.dav.request.ProppatchParser;
import dev.partage.dav.response.MultistatusWriter;
import dev.partage.dav.xml.DavNames;
import dev.partage.dav.xml.SafeXmlReader;
import dev.partage.gateway.dav.XmlAssertions;
import dev.partage.gateway.dav.property.CollectionProperties;
import dev.partage.gateway.dav.routing.HomeKind;
import java.util.Map;
import java.util.Set;
import javax.xml.namespace.QName;
import org.junit.jupiter.api.Test;

class CollectionPatchPlanTest {

  private static CollectionPatchPlan plan(String resource) {
    return CollectionPatchPlan.of(
        HomeKind.CALENDARS,
        ProppatchParser.parse(SafeXmlReader.parse(XmlAssertions.fixture(resource))));
  }

  private static String render(CollectionPatchPlan plan) {
    return new MultistatusWriter()
        .response("/dav/calendars/ann@example.org/work/", plan.propstats())
        .finish();
  }

  @Test
  void applesPropertyUpdateBecomesOnePatch() {
    CollectionPatchPlan plan = plan("/dav/proppatch-apple.xml");
    assertThat(plan.failed()).isFalse();
    CollectionPatch patch = plan.patch();
    assertThat(patch.displayName()).isEqualTo("Travail");
    assertThat(patch.color()).isEqualTo("#1BADF8FF");
    assertThat(patch.order()).isEqualTo(2);
    assertThat(patch.cleared()).containsExactly(CollectionPatch.Field.DESCRIPTION);
    assertThat(patch.deadSet())
        .containsOnlyKeys("{urn:ietf:params:xml:ns:caldav}schedule-calendar-transp");
    assertThat(patch.deadSet().values().iterator().next())
        .contains("schedule-calendar-transp")
        .contains("opaque");
    assertSameXmlAs(render(plan), "/dav/proppatch-apple-response.xml");
  }

  @Test
  void oneProtectedPropertyFailsTheWholeRequestWith424ForTheOthers() {
    CollectionPatchPlan plan = plan("/dav/proppatch-protected.xml");
    assertThat(plan.failed()).isTrue();
    assertThat(plan.refused()).containsOnlyKeys(DavNames.GETCTAG);
    assertSameXmlAs(render(plan), "/dav/proppatch-protected-response.xml");
  }

  @Test
  void anUnusableValueIsA409() {
    CollectionPatchPlan plan = plan("/dav/proppatch-bad-values.xml");
    assertThat(plan.refused())
        .isEqualTo(
            Map.of(
                DavNames.CALENDAR_COLOR, 409,
                DavNames.CALENDAR_ORDER, 409));
  }

  @Test
  void updatesApplyInDocumentOrder() {
    CollectionPatchPlan plan = plan("/dav/proppatch-order.xml");
    CollectionPatch patch = plan.patch();
    // displayname set then removed: removed. The dead property removed then set: set.
    assertThat(patch.displayName()).isNull();
    assertThat(patch.cleared()).containsExactly(CollectionPatch.Field.DISPLAY_NAME);
    assertThat(patch.deadSet()).containsOnlyKeys("{urn:example:x}note");
    assertThat(patch.deadRemoved()).isEmpty();
  }

  @Test
  void onAnAddressBookTheDescriptionAndAppleColourAreLive() {
    CollectionPatchPlan plan =
        CollectionPatchPlan.of(
            HomeKind.ADDRESS_BOOKS,
            ProppatchParser.parse(
                SafeXmlReader.parse(
                    """
                    <d:propertyupdate xmlns:d="DAV:" xmlns:c="urn:ietf:params:xml:ns:carddav"
                        xmlns:i="http://apple.com/ns/ical/">
                      <d:set><d:prop>
                        <d:displayname>Friends</d:displayname>
                        <c:addressbook-description>Close ones</c:addressbook-description>
                        <i:calendar-color>#FF0000</i:calendar-color>
                      </d:prop></d:set>
                    </d:propertyupdate>\
                    """)));
    assertThat(plan.failed()).isFalse();
    CollectionPatch patch = plan.patch();
    assertThat(patch.displayName()).isEqualTo("Friends");
    assertThat(patch.description()).isEqualTo("Close ones");
    assertThat(patch.color()).isEqualTo("#FF0000");
    assertThat(patch.deadSet()).isEmpty();
  }

  @Test
  void anAddressBooksComputedPropertiesAreProtected() {
    CollectionPatchPlan plan =
        CollectionPatchPlan.of(
            HomeKind.ADDRESS_BOOKS,
            ProppatchParser.parse(
                SafeXmlReader.parse(
                    "<d:propertyupdate xmlns:d=\"DAV:\" xmlns:c=\"urn:ietf:params:xml:ns:carddav\">"
                        + "<d:set><d:prop><c:supported-address-data/></d:prop></d:set>"
                        + "</d:propertyupdate>")));
    assertThat(plan.refused()).containsEntry(DavNames.SUPPORTED_ADDRESS_DATA, 403);
  }

  @Test
  void theWritableLivePropertiesOfAnAddressBookAreThoseThePlanMaps() {
    for (QName name : CollectionProperties.writable(HomeKind.ADDRESS_BOOKS)) {
      assertThat(CollectionPatchPlan.LiveField.of(HomeKind.ADDRESS_BOOKS, name))
          .as(name.toString())
          .isNotNull();
    }
  }

  @Test
  void theWritableLivePropertiesAreExactlyThoseThePlanMaps() {
    for (QName name : CollectionProperties.writable(HomeKind.CALENDARS)) {
      assertThat(CollectionPatchPlan.LiveField.of(HomeKind.CALENDARS, name))
          .as(name.toString())
          .isNotNull();
    }
    assertThat(Set.of(CollectionPatch.Field.values()))
        .hasSize(CollectionProperties.writable(HomeKind.CALENDARS).size());
  }
}
