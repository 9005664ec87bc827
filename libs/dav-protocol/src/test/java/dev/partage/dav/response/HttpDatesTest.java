package dev.partage.dav.response;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class HttpDatesTest {

  private static final Instant EXAMPLE = Instant.parse("1994-11-06T08:49:37Z");

  @Test
  void formatsAsImfFixdateWithATwoDigitDay() {
    assertThat(HttpDates.format(EXAMPLE)).isEqualTo("Sun, 06 Nov 1994 08:49:37 GMT");
  }

  @Test
  void parsesTheFormsRfc9110Accepts() {
    assertThat(HttpDates.parse("Sun, 06 Nov 1994 08:49:37 GMT")).contains(EXAMPLE);
    assertThat(HttpDates.parse("Sun, 6 Nov 1994 08:49:37 GMT")).contains(EXAMPLE);
    assertThat(HttpDates.parse("Sun Nov  6 08:49:37 1994")).contains(EXAMPLE);
  }

  @Test
  void ignoresWhatIsNotADate() {
    assertThat(HttpDates.parse("yesterday")).isEmpty();
    assertThat(HttpDates.parse(null)).isEmpty();
  }

  @Test
  void roundTrips() {
    Instant now = Instant.parse("2026-02-03T04:05:06Z");
    assertThat(HttpDates.parse(HttpDates.format(now))).contains(now);
  }
}
