package dev.partage.acl.service;

import dev.partage.acl.config.AclConfig;
import dev.partage.acl.entity.HostedDomainEntity;
import dev.partage.acl.entity.TenantEntity;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.util.Locale;
import org.jboss.logging.Logger;

/**
 * Writes the hosted domains of the configuration into the database at start (after Flyway's
 * migration). Idempotent: every replica does it on every start, and a changed tenant or policy
 * replaces the stored one. A domain removed from the configuration stays: its shares are not
 * silently dropped.
 */
@ApplicationScoped
class DomainSeeder {

  private static final Logger LOG = Logger.getLogger(DomainSeeder.class);

  private final AclConfig config;

  DomainSeeder(AclConfig config) {
    this.config = config;
  }

  @Transactional
  void seed(@Observes StartupEvent start) {
    config.domains().forEach((name, settings) -> {
      String tenant = settings.tenant().strip().toLowerCase(Locale.ROOT);
      if (TenantEntity.findById(tenant) == null) {
        TenantEntity row = new TenantEntity();
        row.name = tenant;
        row.persist();
      }
      String domain = name.strip().toLowerCase(Locale.ROOT);
      HostedDomainEntity row = HostedDomainEntity.findById(domain);
      if (row == null) {
        row = new HostedDomainEntity();
        row.name = domain;
      }
      row.tenant = tenant;
      row.policy = settings.policy();
      row.persist();
    });
    LOG.infof("hosting %d domains: %s", config.domains().size(), config.domains().keySet());
  }
}
