package dev.partage.gateway.auth;

import dev.partage.gateway.config.GatewayConfig;
import java.time.Duration;

/** Gateway settings for the login tests: cache for 60 s, delay after 3 failures, at most 8 s. */
final class TestConfig implements GatewayConfig {

  @Override
  public String calendarServiceUrl() {
    return "http://127.0.0.1:1";
  }

  @Override
  public String taskServiceUrl() {
    return "http://127.0.0.1:2";
  }

  @Override
  public String contactServiceUrl() {
    return "http://127.0.0.1:3";
  }

  @Override
  public String aclServiceUrl() {
    return "http://127.0.0.1:4";
  }

  @Override
  public Duration decisionCacheFor() {
    return Duration.ofSeconds(30);
  }

  @Override
  public Keycloak keycloak() {
    return null;
  }

  @Override
  public Login login() {
    return new Login() {
      @Override
      public Duration cacheFor() {
        return Duration.ofSeconds(60);
      }

      @Override
      public int failuresBeforeDelay() {
        return 3;
      }

      @Override
      public Duration maxDelay() {
        return Duration.ofSeconds(8);
      }
    };
  }
}
