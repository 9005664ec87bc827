package dev.partage.gateway.dav.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.partage.dav.xml.DavException;
import dev.partage.dav.xml.DavNames;
import dev.partage.gateway.dav.routing.HomeKind;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class MemberBodyTest {

  private static final String EVENT = "BEGIN:VCALENDAR\r\nSUMMARY:Café\r\nEND:VCALENDAR\r\n";

  @Test
  void calendarTextIsReadInItsCharsetUtf8ByDefault() {
    byte[] utf8 = EVENT.getBytes(StandardCharsets.UTF_8);
    assertThat(MemberBody.decode(HomeKind.CALENDARS, "text/calendar; charset=utf-8", utf8))
        .isEqualTo(EVENT);
    assertThat(MemberBody.decode(HomeKind.CALENDARS, "text/calendar", utf8)).isEqualTo(EVENT);
    assertThat(MemberBody.decode(HomeKind.CALENDARS, null, utf8)).isEqualTo(EVENT);
    byte[] latin1 = EVENT.getBytes(StandardCharsets.ISO_8859_1);
    assertThat(MemberBody.decode(HomeKind.CALENDARS, "Text/Calendar; charset=ISO-8859-1", latin1))
        .isEqualTo(EVENT);
  }

  @Test
  void anotherMediaTypeIs415WithSupportedCalendarData() {
    for (String type :
        new String[] {"text/vcard", "application/json", "text/calendar; charset=nope", "%%"}) {
      assertThatThrownBy(() -> MemberBody.decode(HomeKind.CALENDARS, type, new byte[1]))
          .as(type)
          .isInstanceOfSatisfying(
              DavException.class,
              e -> {
                assertThat(e.status()).isEqualTo(415);
                assertThat(e.condition()).isEqualTo(DavNames.SUPPORTED_CALENDAR_DATA);
              });
    }
  }

  @Test
  void vcardsAreAcceptedAsTextVcardTextXVcardOrWithoutType() {
    String card = "BEGIN:VCARD\r\nFN:Zoë\r\nEND:VCARD\r\n";
    byte[] utf8 = card.getBytes(StandardCharsets.UTF_8);
    for (String type :
        new String[] {"text/vcard", "text/vcard; charset=utf-8", "text/x-vcard", null}) {
      assertThat(MemberBody.decode(HomeKind.ADDRESS_BOOKS, type, utf8)).as(type).isEqualTo(card);
    }
  }

  @Test
  void anotherMediaTypeForAVcardIs415WithSupportedAddressData() {
    for (String type : new String[] {"text/calendar", "application/vcard+json", "%%"}) {
      assertThatThrownBy(() -> MemberBody.decode(HomeKind.ADDRESS_BOOKS, type, new byte[1]))
          .as(type)
          .isInstanceOfSatisfying(
              DavException.class,
              e -> {
                assertThat(e.status()).isEqualTo(415);
                assertThat(e.condition()).isEqualTo(DavNames.SUPPORTED_ADDRESS_DATA);
              });
    }
  }

  @Test
  void aVcardOverTheAdvertisedSizeIs413WithTheCarddavMaxResourceSize() {
    byte[] tooLarge = new byte[BodyLimits.MAX_RESOURCE_SIZE + 1];
    assertThatThrownBy(() -> MemberBody.decode(HomeKind.ADDRESS_BOOKS, "text/vcard", tooLarge))
        .isInstanceOfSatisfying(
            DavException.class,
            e -> {
              assertThat(e.status()).isEqualTo(413);
              assertThat(e.condition()).isEqualTo(DavNames.CARDDAV_MAX_RESOURCE_SIZE);
            });
  }

  @Test
  void aBodyOverTheAdvertisedSizeIs413WithMaxResourceSize() {
    byte[] tooLarge = new byte[BodyLimits.MAX_RESOURCE_SIZE + 1];
    assertThatThrownBy(() -> MemberBody.decode(HomeKind.CALENDARS, "text/calendar", tooLarge))
        .isInstanceOfSatisfying(
            DavException.class,
            e -> {
              assertThat(e.status()).isEqualTo(413);
              assertThat(e.condition()).isEqualTo(DavNames.CALDAV_MAX_RESOURCE_SIZE);
            });
  }

  @Test
  void xmlBodiesHaveTheirOwnSmallerLimit() {
    byte[] tooLarge = new byte[BodyLimits.MAX_XML_BODY + 1];
    assertThatThrownBy(() -> BodyLimits.xml(tooLarge))
        .isInstanceOfSatisfying(DavException.class, e -> assertThat(e.status()).isEqualTo(413))
        .hasMessageContaining("1024 KiB");
    assertThat(BodyLimits.xml(new byte[0])).isNull();
  }
}
