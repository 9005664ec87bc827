package dev.partage.ical;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class CalendarTimezoneTest {

  private static String vtimezone(String tzidLine, String extra) {
    return "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\nBEGIN:VTIMEZONE\r\n" + tzidLine + "\r\n" + extra
        + "BEGIN:STANDARD\r\nDTSTART:19701025T030000\r\nTZOFFSETFROM:+0200\r\nTZOFFSETTO:+0100\r\nEND:STANDARD\r\n"
        + "END:VTIMEZONE\r\nEND:VCALENDAR\r\n";
  }

  @Test
  void anIanaTzidIsTheZone() {
    assertThat(CalendarTimezone.zoneOf(vtimezone("TZID:Europe/Paris", ""))).isEqualTo(ZoneId.of("Europe/Paris"));
  }

  @Test
  void aFoldedTzidIsUnfoldedFirst() {
    assertThat(CalendarTimezone.zoneOf(vtimezone("TZID:Europe/\r\n Paris", ""))).isEqualTo(ZoneId.of("Europe/Paris"));
  }

  @Test
  void aWindowsNameFallsBackToTheLicLocation() {
    String calendar = vtimezone("TZID:Romance Standard Time", "X-LIC-LOCATION:Europe/Brussels\r\n");
    assertThat(CalendarTimezone.zoneOf(calendar)).isEqualTo(ZoneId.of("Europe/Brussels"));
  }

  @Test
  void nothingUsableMeansUtc() {
    assertThat(CalendarTimezone.zoneOf(null)).isEqualTo(ZoneOffset.UTC);
    assertThat(CalendarTimezone.zoneOf(vtimezone("TZID:Somewhere Else", ""))).isEqualTo(ZoneOffset.UTC);
  }
}
