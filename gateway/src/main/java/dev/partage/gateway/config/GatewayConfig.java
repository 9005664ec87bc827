package dev.partage.gateway.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** The gateway's own settings; Quarkus' own (HTTP, OIDC, Kafka) stay under quarkus.* and kafka.*. */
@ConfigMapping(prefix = "partage.gateway")
public interface GatewayConfig {

  /** Base URL of calendar-service's internal API. */
  String calendarServiceUrl();

  /** Base URL of task-service's internal API (task lists: calendars holding VTODO alone). */
  String taskServiceUrl();

  /** Base URL of contact-service's internal API (address books of vCards). */
  String contactServiceUrl();

  /** Base URL of acl-service's internal API (grants, sharees' views, decisions). */
  @WithDefault("http://127.0.0.1:8084")
  String aclServiceUrl();

  /**
   * How long one user's rights on one collection are remembered. Grant events drop them at once on
   * every replica; the expiry only bounds staleness if an event is missed.
   */
  @WithDefault("30s")
  Duration decisionCacheFor();

  Keycloak keycloak();

  Login login();

  interface Keycloak {
    /** The confidential client used for the password grant of DAV clients' Basic credentials. */
    String clientId();

    String clientSecret();
  }

  interface Login {
    /** How long a successful Basic login is remembered (never longer than its token lives). */
    @WithDefault("60s")
    Duration cacheFor();

    /** Failed attempts for one user from one address before answers are held back. */
    @WithDefault("5")
    int failuresBeforeDelay();

    /** The longest a throttled user waits between attempts. */
    @WithDefault("60s")
    Duration maxDelay();
  }
}
