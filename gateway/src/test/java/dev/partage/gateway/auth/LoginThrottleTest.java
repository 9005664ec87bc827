package dev.partage.gateway.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

  private static final Instant T0 = Instant.parse("2026-11-29T10:00:00Z");

  private final LoginThrottle throttle = new LoginThrottle(new TestConfig());

  private void fail(int times, Instant at) {
    for (int i = 0; i < times; i++) {
      throttle.failed("ann@example.org", "10.0.0.1", at);
    }
  }

  @Test
  void aFewMistakesCostNothing() {
    fail(2, T0);
    assertThat(throttle.mayTry("ann@example.org", "10.0.0.1", T0)).isTrue();
  }

  @Test
  void repeatedFailuresWaitADelayThatDoublesUpToTheMaximum() {
    fail(3, T0);
    assertThat(throttle.mayTry("ann@example.org", "10.0.0.1", T0)).isFalse();
    assertThat(throttle.mayTry("ann@example.org", "10.0.0.1", T0.plusSeconds(1))).isTrue();

    fail(1, T0); // fourth failure: 2 s
    assertThat(throttle.mayTry("ann@example.org", "10.0.0.1", T0.plusSeconds(1))).isFalse();
    assertThat(throttle.mayTry("ann@example.org", "10.0.0.1", T0.plusSeconds(2))).isTrue();

    fail(10, T0); // far past the cap: never more than the 8 s maximum
    assertThat(throttle.mayTry("ann@example.org", "10.0.0.1", T0.plusSeconds(7))).isFalse();
    assertThat(throttle.mayTry("ann@example.org", "10.0.0.1", T0.plusSeconds(8))).isTrue();
  }

  @Test
  void anotherAddressIsNotLockedOutByAnAttacker() {
    fail(5, T0);
    assertThat(throttle.mayTry("ann@example.org", "192.0.2.7", T0)).isTrue();
  }

  @Test
  void aSuccessClearsTheCount() {
    fail(5, T0);
    throttle.succeeded("ann@example.org", "10.0.0.1");
    assertThat(throttle.mayTry("ann@example.org", "10.0.0.1", T0)).isTrue();
  }
}
