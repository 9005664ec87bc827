package dev.partage.acl.config;

import dev.partage.acl.policy.DomainPolicy;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Map;

/** Settings of acl-service. */
@ConfigMapping(prefix = "partage.acl")
public interface AclConfig {

  /** The domains hosted on this platform, by name; seeded into the database at start. */
  Map<String, HostedDomainSettings> domains();

  Keycloak keycloak();

  interface HostedDomainSettings {
    String tenant();

    @WithDefault("platform")
    DomainPolicy policy();
  }

  /** The client whose service account looks users and groups up. */
  interface Keycloak {
    String clientId();

    String clientSecret();
  }
}
